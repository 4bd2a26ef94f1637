/** npm run data — compiles data/*.yaml into src/core/index/generated/index.json (or --check it is fresh). */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildIndex, DataError } from './build-index';

export const DATA_DIR = join(import.meta.dirname, '..', '..', 'data');
export const OUTPUT = join(import.meta.dirname, '..', '..', 'src', 'core', 'index', 'generated', 'index.json');

export function compileDataDir(): string {
  const files = readdirSync(DATA_DIR)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((name) => ({ name: `data/${name}`, text: readFileSync(join(DATA_DIR, name), 'utf8') }));
  return `${JSON.stringify(buildIndex(files), null, 0)}\n`;
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  try {
    const json = compileDataDir();
    if (process.argv.includes('--check')) {
      if (readFileSync(OUTPUT, 'utf8') !== json) {
        console.error('index.json is stale: run `npm run data`');
        process.exit(1);
      }
    } else {
      writeFileSync(OUTPUT, json);
      const n = (JSON.parse(json) as { entries: unknown[] }).entries.length;
      console.log(`wrote ${OUTPUT} (${n} entries, ${(json.length / 1024).toFixed(0)} KiB)`);
    }
  } catch (err) {
    if (err instanceof DataError) {
      console.error(err.message);
      process.exit(1);
    }
    throw err;
  }
}
