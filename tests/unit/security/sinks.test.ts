import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * Belt and braces beside the ESLint rules in eslint.config.js: the shipped sources (src/**, entrypoints/**)
 * contain no HTML-parsing sink and no string-as-code sink at all. Read with the TypeScript parser, so
 * comments and strings that merely mention a sink do not count, and `el['innerHTML']` does.
 */

const MARKUP_PROPS = new Set(['innerHTML', 'outerHTML', 'insertAdjacentHTML', 'srcdoc', 'setHTMLUnsafe']);
const MARKUP_CALLS = new Set([
  'createContextualFragment',
  'parseFromString',
  'parseHTMLUnsafe',
  'write',
  'writeln',
]);
const CODE_GLOBALS = new Set(['eval', 'Function', 'execScript']);
const TIMERS = new Set(['setTimeout', 'setInterval']);

function findSinks(fileName: string, source: string): string[] {
  const sf = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const at = (node: ts.Node, what: string) =>
    found.push(`${fileName}:${sf.getLineAndCharacterOfPosition(node.getStart()).line + 1}: ${what}`);
  const nameOf = (e: ts.Expression): string | undefined =>
    ts.isIdentifier(e)
      ? e.text
      : ts.isPropertyAccessExpression(e)
        ? e.name.text
        : ts.isElementAccessExpression(e) && ts.isStringLiteralLike(e.argumentExpression)
          ? e.argumentExpression.text
          : undefined;
  const visit = (node: ts.Node): void => {
    if (ts.isPropertyAccessExpression(node) && MARKUP_PROPS.has(node.name.text)) at(node, node.name.text);
    if (
      ts.isElementAccessExpression(node) &&
      ts.isStringLiteralLike(node.argumentExpression) &&
      (MARKUP_PROPS.has(node.argumentExpression.text) || CODE_GLOBALS.has(node.argumentExpression.text))
    )
      at(node, `[${node.argumentExpression.text}]`);
    if (ts.isJsxAttribute(node) && node.name.getText(sf) === 'dangerouslySetInnerHTML')
      at(node, 'dangerouslySetInnerHTML');
    if (ts.isJsxAttribute(node) && node.name.getText(sf) === 'srcdoc') at(node, 'srcdoc');
    if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
      const name = nameOf(node.expression);
      if (name && CODE_GLOBALS.has(name)) at(node, `${name}(…)`);
      if (name && MARKUP_CALLS.has(name)) {
        const obj = ts.isPropertyAccessExpression(node.expression)
          ? node.expression.expression.getText(sf)
          : '';
        // document.write / parser.parseFromString / range.createContextualFragment; not stream.write().
        if (name === 'write' || name === 'writeln' ? /document$/.test(obj) : true)
          at(node, `${obj}.${name}(…)`);
      }
      const first = node.arguments?.[0];
      if (
        name &&
        TIMERS.has(name) &&
        first &&
        (ts.isStringLiteralLike(first) || ts.isTemplateExpression(first))
      )
        at(node, `${name}(string)`);
    }
    // javascript: URLs written into the code.
    if (ts.isStringLiteralLike(node) && /^\s*javascript:/i.test(node.text)) at(node, 'javascript: URL');
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'generated' ? [] : sourceFiles(path);
    return /\.[cm]?[jt]sx?$/.test(name) && !/\.test\.[jt]sx?$/.test(name) ? [path] : [];
  });
}

describe('no markup or code sinks in shipped code', () => {
  it('the scanner finds every kind of sink (it is not vacuous)', () => {
    const bad = [
      'el.innerHTML = x;',
      'el.outerHTML = x;',
      "el['innerHTML'] = x;",
      "el.insertAdjacentHTML('beforeend', x);",
      'const c = <div dangerouslySetInnerHTML={{ __html: x }} />;',
      'eval(x);',
      'window.eval(x);',
      "new Function('return 1');",
      'Function(x)();',
      'document.write(x);',
      "setTimeout('alert(1)', 0);",
      "new DOMParser().parseFromString(x, 'text/html');",
      'range.createContextualFragment(x);',
      "a.href = 'javascript:alert(1)';",
      'frame.srcdoc = x;',
    ];
    for (const line of bad) expect(findSinks('sample.tsx', line), line).toHaveLength(1);
    const fine = [
      '// el.innerHTML is never used',
      "const s = 'innerHTML';",
      'el.textContent = x;',
      'stream.write(x);',
      'setTimeout(() => f(), 0);',
    ];
    for (const line of fine) expect(findSinks('sample.tsx', line), line).toEqual([]);
  });

  it('src/** and entrypoints/** contain none', () => {
    const files = [...sourceFiles('src'), ...sourceFiles('entrypoints')];
    expect(files.length).toBeGreaterThan(20);
    const found = files.flatMap((f) => findSinks(relative('.', f), readFileSync(f, 'utf8')));
    expect(found).toEqual([]);
  });

  it('extension HTML pages carry no inline script or inline event handler', () => {
    const pages = readdirSync('entrypoints', { recursive: true, encoding: 'utf8' }).filter((f) =>
      f.endsWith('.html'),
    );
    expect(pages.length).toBeGreaterThan(0);
    for (const page of pages) {
      const html = readFileSync(join('entrypoints', page), 'utf8');
      for (const [, attrs = '', body = ''] of html.matchAll(/<script([^>]*)>([^<]*)/gi))
        if (!/\ssrc=/i.test(attrs)) expect(body.trim(), `${page}: inline script`).toBe('');
      expect(html, page).not.toMatch(/\son[a-z]+\s*=/i);
    }
  });
});
