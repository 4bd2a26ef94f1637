import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

const AXE = readFileSync(resolve('node_modules/axe-core/axe.min.js'), 'utf8');

/**
 * axe-core's violations on an extension page. Extension pages forbid inline scripts (CSP
 * `script-src 'self'`), so `page.addScriptTag` is refused there; the source is evaluated through DevTools.
 */
export async function axeViolations(page: Page): Promise<unknown[]> {
  await page.evaluate(AXE);
  const { violations, passes } = await page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run(): Promise<{ violations: unknown[]; passes: unknown[] }> } }
    ).axe;
    const r = await axe.run();
    return {
      passes: r.passes.length,
      violations: r.violations.map((v) => {
        const x = v as { id: string; help: string; nodes: { target: unknown }[] };
        return { id: x.id, help: x.help, targets: x.nodes.map((n) => n.target) };
      }),
    };
  });
  expect(passes, 'axe ran its rules').toBeGreaterThan(10);
  return violations;
}
