import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}', 'src/**/*.test.{ts,tsx}'],
    restoreMocks: true,
    // Two cores here and in CI: keep the pool small so DOM tests don't starve each other.
    poolOptions: { threads: { maxThreads: 2, minThreads: 1 } },
  },
});
