/**
 * npm run demo-pages — writes tests/e2e/fixtures/demo-{fr,es,zh,ru}.html from the first real excerpts of
 * tests/corpus/<lang>.yaml that hold references, each with its source. The e2e suite opens them as ITU
 * pages and checks every annotated reference is marked (tests/e2e/languages.spec.ts).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCorpus } from '../tests/support/corpus';

export const DEMO_LANGS = ['fr', 'es', 'zh', 'ru'] as const;
export const ITEMS_PER_PAGE = 12;

const escape = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function demoItems(lang: string) {
  return loadCorpus(lang)
    .filter((i) => i.refs.length > 0)
    .slice(0, ITEMS_PER_PAGE);
}

function demoPage(lang: string): string {
  const body = demoItems(lang)
    .map((i) => `<p>${escape(i.text)}<br><small class="src">${escape(i.source)}</small></p>`)
    .join('\n');
  return `<!doctype html>
<html lang="${lang}">
<head><meta charset="utf-8"><title>ResLens demo (${lang}) — real citations from ITU and UN texts</title>
<style>body{font-family:system-ui,"Noto Sans","Noto Sans CJK SC",sans-serif;max-width:52rem;margin:2rem auto;line-height:1.6;padding:0 1rem} .src{color:#666;font-size:.8em}</style></head>
<body>
<h1>ResLens demo (${lang})</h1>
${body}
</body></html>
`;
}

// Run as a script (npm run demo-pages); the e2e tests import this module for demoItems() only.
if (process.argv[1] && import.meta.filename === process.argv[1]) {
  for (const lang of DEMO_LANGS)
    writeFileSync(
      join(import.meta.dirname, '..', 'tests', 'e2e', 'fixtures', `demo-${lang}.html`),
      demoPage(lang),
    );
  console.log(`wrote demo pages for ${DEMO_LANGS.join(', ')}`);
}
