import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { bundledStore } from '../../../src/core/index/load';
import { applyIndexUpdate, MAX_UPDATE_BYTES } from '../../../src/core/index/update';
import type { CompiledIndex } from '../../../src/core/index/types';

/**
 * A compromised or broken index update (issue #8) is rejected with a clear message naming where and what.
 * The schema is found wherever it lives: the module under scripts/ or src/ that exports `updateSchema`.
 */

const EXPORTS_UPDATE_SCHEMA = /export\s+(?:const\s+updateSchema\b|\{[^}]*\bupdateSchema\b[^}]*\})/;

function findModule(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'generated' ? [] : findModule(path);
    return /\.tsx?$/.test(name) && EXPORTS_UPDATE_SCHEMA.test(readFileSync(path, 'utf8')) ? [path] : [];
  });
}

const modules = [...findModule('src'), ...findModule('scripts')];
if (modules.length !== 1)
  throw new Error(
    `expected one module exporting updateSchema under src/ or scripts/, found ${modules.length}`,
  );
const { updateSchema } = (await import(pathToFileURL(resolve(modules[0] ?? '')).href)) as {
  updateSchema: z.ZodType;
};

const SOURCE = 'https://www.itu.int/en/council/Pages/resolutions.aspx';
const entry = {
  id: 'ITU/COUNCIL/RES/1332',
  kind: 'resolution',
  number: '1332',
  titles: [{ lang: 'en', text: 'ITU role in the WSIS process', source: SOURCE }],
  versions: [
    { year: 2011, source: SOURCE },
    { year: 2024, source: SOURCE },
  ],
  historyComplete: false,
  status: 'in-force',
  statusSource: SOURCE,
};

/** The message a maintainer sees: every problem, each with its path. */
function rejection(update: unknown): string {
  const r = updateSchema.safeParse(update);
  if (r.success) throw new Error('the update was accepted');
  return z.prettifyError(r.error);
}

describe('index update schema', () => {
  it('accepts a well-formed update', () => {
    expect(updateSchema.safeParse({ entries: [entry] }).success).toBe(true);
  });

  it.each([
    ['not an object', 'entries: []', /expected object/i],
    ['no entries', {}, /entries/],
    ['entries not a list', { entries: { 0: entry } }, /entries/],
    ['an unknown top-level key', { entries: [], code: 'alert(1)' }, /code/],
    ['an unknown entry key', { entries: [{ ...entry, html: '<b>x</b>' }] }, /entries\[0\].*|html/],
    [
      'a non-canonical id',
      { entries: [{ ...entry, id: '<script>' }] },
      /not a canonical id[\s\S]*entries\[0\]\.id/,
    ],
    [
      'a javascript: source',
      { entries: [{ ...entry, titles: [{ lang: 'en', text: 'Title', source: 'javascript:alert(1)' }] }] },
      /http\(s\) URL[\s\S]*entries\[0\]\.titles\[0\]\.source/,
    ],
    [
      'a data: status source',
      { entries: [{ ...entry, statusSource: 'data:text/html,<script>alert(1)</script>' }] },
      /http\(s\) URL[\s\S]*entries\[0\]\.statusSource/,
    ],
    ['a known status without source', { entries: [{ ...entry, statusSource: undefined }] }, /statusSource/],
    ['an unknown status', { entries: [{ ...entry, status: 'current!' }] }, /entries\[0\]\.status/],
    ['a year out of range', { entries: [{ ...entry, versions: [{ year: 99999, source: SOURCE }] }] }, /year/],
    [
      'versions out of order',
      { entries: [{ ...entry, versions: [...entry.versions].reverse() }] },
      /chronological order/,
    ],
    [
      'a complete history without versions',
      { entries: [{ ...entry, historyComplete: true, versions: [] }] },
      /historyComplete/,
    ],
    ['a wrong type', { entries: [{ ...entry, number: 1332 }] }, /entries\[0\]\.number/],
  ])('rejects %s, saying where and what', (_, update, message) => {
    expect(rejection(update)).toMatch(message);
  });

  it('reports every problem at once', () => {
    const msg = rejection({
      entries: [
        { ...entry, id: 'x' },
        { ...entry, statusSource: 'ftp://x' },
      ],
    });
    expect(msg).toMatch(/entries\[0\]\.id/);
    expect(msg).toMatch(/entries\[1\]\.statusSource/);
  });
});

describe('applying an index update', () => {
  const base = (): CompiledIndex => ({ format: 1, entries: structuredClone([...bundledStore().entries]) });

  it('applies a well-formed update', () => {
    const r = applyIndexUpdate(base(), JSON.stringify({ entries: [entry] }));
    expect(r.ok).toBe(true);
  });

  it.each([
    ['not JSON', '{"entries": [', /not valid JSON/],
    ['YAML, not JSON', 'entries:\n- id: A/RES/70/1', /not valid JSON/],
    ['JSON of the wrong shape', '[1, 2, 3]', /./],
    [
      'a javascript: link',
      JSON.stringify({ entries: [{ ...entry, statusSource: 'javascript:alert(1)' }] }),
      /http\(s\) URL/,
    ],
    [
      'an unknown id reference',
      JSON.stringify({ entries: [{ ...entry, related: ['A/RES/99/999'] }] }),
      /A\/RES\/99\/999/,
    ],
    [
      'an oversized file',
      JSON.stringify({ entries: [{ ...entry, note: 'x'.repeat(MAX_UPDATE_BYTES) }] }),
      /over the .* limit/,
    ],
  ])('rejects %s with a message, and the previous index stays as it was', (_, json, message) => {
    const before = base();
    const copy = structuredClone(before);
    const r = applyIndexUpdate(before, json, 'update.json');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(message);
    expect(before).toEqual(copy);
  });

  it('never evaluates anything in an update', () => {
    const json = JSON.stringify({
      entries: [{ ...entry, note: '${globalThis.__pwned = 1}', aliases: ['__proto__'] }],
    });
    applyIndexUpdate(base(), json);
    expect((globalThis as { __pwned?: unknown }).__pwned).toBeUndefined();
    expect(({} as Record<string, unknown>).entries).toBeUndefined();
  });
});
