/** Section 5: what the extension ships, raw and gzipped, and where the index gets loaded. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Section } from './stats';
import { repoRoot } from './text';

export const outDir = join(repoRoot, '.output', 'chrome-mv3');
const INDEX = join(repoRoot, 'src', 'core', 'index', 'generated', 'index.json');
const KB = 1024;

const list = (dir: string, ext: RegExp): string[] =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => ext.test(f))
        .sort()
        .map((f) => join(dir, f))
    : [];

/** Raw and gzip-9 size of a group of files (gzip of each file, summed: that is how they are fetched). */
function measure(files: readonly string[]): { raw: number; gz: number } {
  let raw = 0;
  let gz = 0;
  for (const f of files) {
    const b = readFileSync(f);
    raw += b.length;
    gz += gzipSync(b, { level: 9 }).length;
  }
  return { raw, gz };
}

/** A string that only the index contains: a title of its first entry. Finding it in a bundle means the index is inlined there. */
function indexFingerprint(): string | undefined {
  try {
    const idx = JSON.parse(readFileSync(INDEX, 'utf8')) as { entries?: { titles?: { text?: string }[] }[] };
    return idx.entries?.find((e) => (e.titles?.[0]?.text?.length ?? 0) > 20)?.titles?.[0]?.text;
  } catch {
    return undefined;
  }
}

export function sizes(): Section {
  const rows: Section['rows'] = [];
  const notes: string[] = [];
  const kb = (n: number) => n / KB;
  const add = (name: string, files: string[], target?: number) => {
    if (!files.length) return rows.push({ name, unit: 'KB', value: 'absent' });
    const { raw, gz } = measure(files);
    rows.push({
      name: `${name} raw`,
      unit: 'KB',
      value: kb(raw),
      note: files.map((f) => relative(outDir, f)).join(', '),
    });
    rows.push({
      name: `${name} gzip`,
      unit: 'KB',
      value: kb(gz),
      note: target ? `target ≤ ${target} KB` : undefined,
    });
    if (target)
      notes.push(
        `Target ${name} ≤ ${target} KB gzipped: ${kb(gz) <= target ? 'met' : 'NOT met'} (${kb(gz).toFixed(1)} KB).`,
      );
  };
  let skipped: string | undefined;
  if (!existsSync(join(outDir, 'manifest.json'))) {
    skipped =
      'not run: .output/chrome-mv3/manifest.json is missing (run `npm run build` first); only the index is measured.';
  } else {
    add('content script', list(join(outDir, 'content-scripts'), /\.js$/), 60);
    add('background', list(outDir, /^background\.js$/));
    // Popup = its page plus every chunk and stylesheet (WXT puts shared chunks there; they load with the popup).
    add('popup', [
      ...list(outDir, /^popup\.html$/),
      ...list(join(outDir, 'chunks'), /\.js$/),
      ...list(join(outDir, 'assets'), /\.css$/),
    ]);
  }
  if (existsSync(INDEX)) {
    const { raw, gz } = measure([INDEX]);
    rows.push({
      name: 'index.json raw',
      unit: 'KB',
      value: kb(raw),
      note: 'src/core/index/generated/index.json',
    });
    rows.push({ name: 'index.json gzip', unit: 'KB', value: kb(gz) });
    const fp = indexFingerprint();
    if (!skipped && fp) {
      const all = [
        ...list(join(outDir, 'content-scripts'), /\.js$/),
        ...list(outDir, /\.js$/),
        ...list(join(outDir, 'chunks'), /\.js$/),
      ];
      const holders = all.filter((f) => readFileSync(f, 'utf8').includes(fp)).map((f) => relative(outDir, f));
      const perTab = holders.some((h) => h.startsWith('content-scripts/'));
      notes.push(
        holders.length
          ? `The index is inlined in ${holders.join(', ')}: ${perTab ? 'parsed in EVERY tab the content script runs in' : 'loaded once per extension page/worker, not per tab'}.`
          : 'The index is not inlined in any script (fetched at run time, or not wired in yet).',
      );
    }
  } else rows.push({ name: 'index.json', unit: 'KB', value: 'absent' });
  return { title: '5. Sizes (KB = 1024 bytes, gzip level 9)', rows, notes, skipped };
}
