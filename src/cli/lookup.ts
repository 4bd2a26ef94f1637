/**
 * npm run --silent lookup -- [--format json|table] QUERY...
 * An exact id, a citation ("Res 140 (Rev. Dubai, 2018)") or free text, against the bundled index.
 */
import { bundledLookup } from '../core/index/load';
import type { LookupResult } from '../core/index/lookup';
import { linksFor } from '../core/links/index';
import { versionLabel } from '../core/index/versions';
import { parseArgs, UsageError } from './args';

const USAGE = 'usage: lookup [--format json|table] QUERY...';

function toJson(r: LookupResult) {
  const e = r.entry;
  const a = r.analysis;
  return {
    id: e?.id ?? a?.id,
    kind: e?.kind,
    titles: e?.titles ?? [],
    adopted: e?.versions[0] && e.adoptionKnown ? e.versions[0] : undefined,
    revisions: e?.versions.map((v, i) => ({ ...v, label: versionLabel(e, v, i) })) ?? [],
    historyComplete: e?.historyComplete,
    status: a?.status ?? e?.status ?? 'not-in-index',
    summary: a?.summary,
    warnings: a?.warnings ?? [],
    statusSource: e?.statusSource,
    sources: [
      ...new Set([
        ...(e?.titles.map((t) => t.source) ?? []),
        ...(e?.versions.map((v) => v.source) ?? []),
        ...(e?.statusSource ? [e.statusSource] : []),
      ]),
    ],
    links: linksFor(e?.id ?? a?.id ?? '', e, 'en'),
    note: e?.note,
  };
}

function main(argv: string[]): number {
  let parsed;
  try {
    parsed = parseArgs(argv, { format: ['json', 'table'] });
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`lookup: ${err.message}\n${USAGE}\n`);
      return 2;
    }
    throw err;
  }
  if (parsed.positional.length === 0) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const answers = parsed.positional.map((q) => [q, bundledLookup().query(q, 10).map(toJson)] as const);
  if ((parsed.options.format ?? 'table') === 'json') {
    const out = answers.length === 1 ? answers[0]?.[1] : Object.fromEntries(answers);
    process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
    return 0;
  }
  for (const [q, results] of answers) {
    process.stdout.write(`${q}\n`);
    if (results.length === 0) process.stdout.write('  no match\n');
    for (const r of results) {
      const title = r.titles.find((t) => t.lang === 'en')?.text ?? r.titles[0]?.text ?? '(title unknown)';
      process.stdout.write(`  ${r.id}  [${r.status}]  ${title}\n`);
      if (r.summary) process.stdout.write(`    ${r.summary}\n`);
      if (r.revisions.length)
        process.stdout.write(
          `    versions: ${r.revisions.map((v) => v.label).join(' → ')}${r.historyComplete ? '' : ' (history may be incomplete)'}\n`,
        );
    }
  }
  return 0;
}

process.exitCode = main(process.argv.slice(2));
