/**
 * `npm run bench`: ResLens against the limit and its peers (issue #7). Prints a table and writes
 * BENCHMARKS.md. Never fails on a timing: a section that cannot run says why and the exit code stays 0.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus } from 'node:os';
import { join } from 'node:path';
import { lookupLatency } from './lookup';
import { pageAnnotation } from './page';
import { scaling, throughput } from './recognizer';
import { consoleTable, markdown } from './report';
import { sizes } from './sizes';
import type { Section } from './stats';
import { loadParagraphs, repoRoot } from './text';

const started = performance.now();

/** A section that throws is reported as not run, with the error, instead of aborting the others. */
async function guarded(title: string, run: () => Section | Promise<Section>): Promise<Section> {
  const t0 = performance.now();
  try {
    const s = await run();
    console.error(`bench: ${title} done in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    return s;
  } catch (e) {
    return {
      title,
      rows: [],
      notes: [],
      skipped: `not run: ${String(e instanceof Error ? e.message : e).split('\n')[0]}`,
    };
  }
}

/** Installed version of a package ('' = ResLens itself). */
const version = (pkg: string): string => {
  try {
    const file = pkg ? join(repoRoot, 'node_modules', pkg, 'package.json') : join(repoRoot, 'package.json');
    return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
  } catch {
    return 'absent';
  }
};

function chromiumVersion(): string {
  try {
    return (
      execFileSync('/usr/bin/chromium', ['--version'], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      })
        .trim()
        .split('\n')[0] ?? ''
    );
  } catch {
    return 'absent';
  }
}

const { paragraphs, seedUsed } = loadParagraphs();
const sections = [
  await guarded('1. Recognizer throughput', () => throughput(paragraphs, seedUsed)),
  await guarded('2. Scaling', () => scaling(paragraphs)),
  await guarded('3. Page annotation', () => pageAnnotation(paragraphs)),
  await guarded('4. Popup lookup latency', () => lookupLatency()),
  await guarded('5. Sizes', () => sizes()),
];

const total = (performance.now() - started) / 1000;
const machine = {
  command: 'npm run bench',
  date: new Date().toISOString(),
  nproc: availableParallelism(),
  cpu: cpus()[0]?.model.trim() ?? 'unknown CPU',
  node: process.version,
  versions: {
    reslens: version(''),
    'linkify-it': version('linkify-it'),
    'mark.js': version('mark.js'),
    'playwright-core': version('playwright-core'),
    Chromium: chromiumVersion().replace(/^Chromium\s*/, ''),
    wxt: version('wxt'),
    tsx: version('tsx'),
    yaml: version('yaml'),
  },
};
console.log(consoleTable(sections));
writeFileSync(join(repoRoot, 'BENCHMARKS.md'), markdown(sections, machine, total));
console.log(`\nWrote BENCHMARKS.md in ${total.toFixed(0)} s.`);
