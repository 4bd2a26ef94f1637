import fc from 'fast-check';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { handleAnalyze } from '../../../src/background/analyze-handler';

/**
 * Messaging (issue #8): whatever a content script — or a page that took it over — sends, the background
 * validates it against the schema in src/core/messages.ts, answers `{ error }` and never throws.
 */

const valid = { type: 'analyze', lang: 'en', refs: [{ id: 'ITU/PP/RES/140' }] };

function expectError(message: unknown): void {
  let reply: ReturnType<typeof handleAnalyze> | undefined;
  expect(() => {
    reply = handleAnalyze(message);
  }).not.toThrow();
  expect(reply).toEqual({ error: expect.any(String) });
}

describe('handleAnalyze validates every message', () => {
  it('answers a well-formed request with one card per reference', () => {
    const reply = handleAnalyze(valid);
    expect('cards' in reply && reply.cards).toHaveLength(1);
  });

  it.each([
    ['undefined', undefined],
    ['null', null],
    ['a number', 42],
    ['a string', 'analyze'],
    ['an array', [valid]],
    ['an empty object', {}],
    ['another type', { ...valid, type: 'page-report' }],
    ['no refs', { type: 'analyze', lang: 'en' }],
    ['no lang', { type: 'analyze', refs: [] }],
    ['an unknown language', { ...valid, lang: 'de' }],
    ['refs not an array', { ...valid, refs: { 0: { id: 'x' } } }],
    ['a ref without id', { ...valid, refs: [{}] }],
    ['a numeric id', { ...valid, refs: [{ id: 140 }] }],
    ['an oversized id', { ...valid, refs: [{ id: 'A'.repeat(81) }] }],
    ['an unknown key', { ...valid, extra: 1 }],
    [
      'an unknown key in a ref',
      { ...valid, refs: [{ id: 'A/RES/70/1', html: '<img src=x onerror=alert(1)>' }] },
    ],
    ['a non-integer year', { ...valid, refs: [{ id: 'A/RES/70/1', cited: { year: 2018.5 } }] }],
    ['an unknown venue', { ...valid, refs: [{ id: 'A/RES/70/1', venueBody: 'EVIL' }] }],
    ['refs > 5000', { ...valid, refs: Array.from({ length: 5001 }, () => ({ id: 'A/RES/70/1' })) }],
  ])('rejects %s with { error }', (_, message) => expectError(message));

  it('rejects a prototype-polluting message without polluting', () => {
    const message: unknown = JSON.parse(
      '{"type":"analyze","lang":"en","refs":[],"__proto__":{"polluted":1}}',
    );
    expectError(message);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('accepts the maximum of 5000 references and answers each', () => {
    const refs = Array.from({ length: 5000 }, (_, i) => ({ id: `ITU/PP/RES/${(i % 200) + 1}` }));
    const reply = handleAnalyze({ ...valid, refs });
    expect('cards' in reply && reply.cards).toHaveLength(5000);
  });

  it('never throws on arbitrary or mutated messages (property)', () => {
    const ref = fc.record(
      {
        id: fc.oneof(fc.string({ maxLength: 90 }), fc.constant('ITU/PP/RES/140'), fc.anything()),
        cited: fc.anything(),
        number: fc.anything(),
        kind: fc.oneof(fc.constantFrom('RES', 'DEC', 'REC'), fc.anything()),
      },
      { requiredKeys: [] },
    );
    const message = fc.oneof(
      fc.anything(),
      fc.record(
        {
          type: fc.oneof(fc.constant('analyze'), fc.anything()),
          lang: fc.oneof(fc.constantFrom('en', 'fr', 'es', 'ar', 'zh', 'ru'), fc.anything()),
          refs: fc.oneof(fc.array(ref, { maxLength: 20 }), fc.anything()),
        },
        { requiredKeys: [] },
      ),
    );
    fc.assert(
      fc.property(message, (m) => {
        const reply = handleAnalyze(m);
        if ('error' in reply) return typeof reply.error === 'string';
        return Array.isArray(reply.cards) && reply.cards.length === (m as { refs: unknown[] }).refs.length;
      }),
      { numRuns: 1000 },
    );
  });
});

describe('background message listener', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.resetModules();
  });

  /** Starts the real background entrypoint; registrations other than messaging are stubbed. */
  async function startBackground(): Promise<void> {
    vi.doMock('../../../src/background/context-menu', () => ({ registerContextMenu: () => undefined }));
    vi.doMock('../../../src/background/granted-sites', () => ({ watchGrantedSites: () => undefined }));
    const background = (await import('../../../entrypoints/background')).default as { main(): void };
    background.main();
  }
  const answers = async (message: unknown, sender: object) =>
    Promise.all(await fakeBrowser.runtime.onMessage.trigger(message, sender));

  it('answers only this extension, and only the requests it knows', async () => {
    await startBackground();
    const self = { id: fakeBrowser.runtime.id, url: 'https://www.itu.int/md/x.html' };
    const [ok] = await answers(valid, self);
    expect(ok).toHaveProperty('cards');
    // Another extension, or a sender without an id, gets no answer at all.
    for (const sender of [{ id: 'evil-extension' }, {}, { url: 'https://www.itu.int/' }])
      expect(await answers(valid, sender)).toEqual([undefined]);
    // Messages that are not requests go unanswered; malformed analyze requests get { error }.
    for (const m of [
      null,
      'analyze',
      { type: 'page-report' },
      { type: 'reveal', key: 0 },
      { type: 'eval', code: '1' },
    ])
      expect(await answers(m, self)).toEqual([undefined]);
    expect(await answers({ type: 'analyze', refs: 'x' }, self)).toEqual([{ error: expect.any(String) }]);
  });

  it('accepts an index update only from an extension page, and validates it', async () => {
    await startBackground();
    const update = { type: 'index-update', json: JSON.stringify({ entries: [] }) };
    // A content script (a page's context) cannot replace the index.
    for (const url of ['https://www.itu.int/md/x.html', 'http://example.org/', undefined])
      expect(await answers(update, { id: fakeBrowser.runtime.id, url })).toEqual([undefined]);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    const page = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/options.html') };
    for (const json of [
      '{"entries": [',
      '[1]',
      42,
      JSON.stringify({ entries: [{ id: 'javascript:alert(1)' }] }),
    ]) {
      const [reply] = await answers({ type: 'index-update', json }, page);
      expect(reply).toEqual({ ok: false, error: expect.any(String) });
    }
    expect(await fakeBrowser.storage.local.get('indexUpdate')).toEqual({});
  });
});
