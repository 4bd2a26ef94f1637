/**
 * Section 3: page annotation in headless Chromium with the built extension, against a bare TreeWalker
 * pass (the limit) and mark.js (the peer) on the same generated page, plus a page with no references.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, type Page, chromium } from 'playwright-core';
import { recognize } from '../../src/core/recognize/index';
import { verdict } from './recognizer';
import { outDir } from './sizes';
import { type Row, type Section, type Stat, fmt, ratios, summarize } from './stats';
import { type Paragraph, bytes, repoRoot } from './text';

const CHROMIUM = '/usr/bin/chromium';
const MARK_JS = join(repoRoot, 'node_modules', 'mark.js', 'dist', 'mark.min.js');
/** The host the extension runs on by default; --host-resolver-rules points it at our local server. */
const HOST = 'www.itu.int';
const ROUNDS = 3;

/**
 * The peer's regex set: the three kinds of span the recognizer looks for (keyword citations in six
 * languages with an optional version, UN symbols, Chinese citations), written as a mark.js user would.
 */
const PEER_REGEXES: [string, string][] = [
  [
    '(?:R[ée]solutions?|Resoluci(?:ón|ones)|Decisions?|Décisions?|Резолюци[а-яё]*|Решени[а-яё]*|[وف]?[بلك]?(?:ال)?(?:قرار|مقرر)(?:ات)?)' +
      '\\s*(?:N[o°º]\\.?\\s*|№\\s*|رقم\\s*)?\\d{1,4}(?:\\s*\\([^()\\n]{1,60}\\))?',
    'giu',
  ],
  ['\\b[A-Z]{1,2}/(?:RES/)?(?:ES-\\d{1,2}/)?\\d{1,4}(?:/\\d{1,4})?', 'gu'],
  ['第?\\d{1,4}号(?:决议|决定)(?:（[^（）]{1,30}）)?', 'gu'],
];

const esc = (s: string) => s.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));

/** A long document: a heading every 25 paragraphs, each paragraph tagged with its language. */
function html(title: string, paras: readonly Paragraph[]): string {
  const body = paras.map(
    (p, i) => `${i % 25 ? '' : `<h2>Part ${i / 25 + 1}</h2>\n`}<p lang="${p.lang}">${esc(p.text)}</p>`,
  );
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body>\n${body.join('\n')}\n</body></html>`;
}

/** Paragraphs (cycled) to `target` bytes of text; the expected reference count is the recognizer's, per block. */
function fixture(paragraphs: readonly Paragraph[], target: number) {
  const paras: Paragraph[] = [];
  let size = 0;
  let refs = 0;
  for (let i = 0; size < target && paragraphs.length; i++) {
    const p = paragraphs[i % paragraphs.length] as Paragraph;
    paras.push(p);
    size += bytes(p.text);
    refs += recognize(p.text).length;
  }
  return { paras, size, refs, langs: new Set(paras.map((p) => p.lang)).size };
}

/** Installed before any page script: records long tasks and when the extension's marks appear. */
function instrument(): void {
  const b = {
    longtasks: [] as [number, number][],
    startAt: -1,
    firstAt: -1,
    firstVisibleAt: -1,
    lastAt: -1,
    count: 0,
  };
  (window as unknown as { __bench: typeof b }).__bench = b;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) b.longtasks.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });
  // The content script sets data-reslens="on" when it starts and data-reslens-count after each marked block.
  new MutationObserver(() => {
    const now = performance.now();
    const ds = document.documentElement.dataset;
    if (ds.reslens === 'on' && b.startAt < 0) b.startAt = now;
    const count = Number(ds.reslensCount ?? 0);
    if (count === b.count) return;
    b.count = count;
    b.lastAt = now;
    if (b.firstAt < 0) b.firstAt = now;
    const r =
      b.firstVisibleAt < 0 ? document.querySelector('reslens-ref')?.getBoundingClientRect() : undefined;
    if (r && r.top < innerHeight && r.bottom > 0) b.firstVisibleAt = now;
  }).observe(document, {
    attributes: true,
    subtree: true,
    attributeFilter: ['data-reslens', 'data-reslens-count'],
  });
}
type Bench = {
  longtasks: [number, number][];
  startAt: number;
  firstAt: number;
  firstVisibleAt: number;
  lastAt: number;
  count: number;
};

interface Load {
  taskMs: number; // main-thread task time from commit to settled (CDP Performance.TaskDuration)
  extJsMs: number; // CPU-profile time with an extension script on the stack

  heapBytes: number;
  nodes: number;
  loadAt: number;
  bench: Bench;
  pending: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Opens `url`, waits until the extension (if any) has stopped adding marks and analysing them, then reads
 * the renderer's counters. Both contexts wait the same way, so the difference is the extension's work.
 */
async function load(ctx: BrowserContext, url: string, withExt: boolean): Promise<Load> {
  const page = await ctx.newPage();
  try {
    const cdp = await ctx.newCDPSession(page);
    // Counters are read after commit: the navigation may swap renderer processes, and the delta must be one process's.
    await page.goto(url, { waitUntil: 'commit' });
    await cdp.send('Performance.enable');
    // The CPU profile attributes JS time to the extension's own scripts: a page-load delta cannot resolve
    // the few ms a page without references costs, but samples with content.js on the stack can.
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 250 });
    await cdp.send('Profiler.start');
    const metric = async (name: string) =>
      (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === name)?.value ?? NaN;
    const task0 = await metric('TaskDuration');
    await page.waitForLoadState('load');
    const loadAt = await page.evaluate(() => performance.getEntriesByType('navigation')[0]?.duration ?? NaN);
    const bench = () => page.evaluate(() => (window as unknown as { __bench: Bench }).__bench);
    const deadline = Date.now() + 60_000;
    // Settled = no new mark for 1 s (the content script yields every ~12 ms, so a 1 s gap means it is done).
    for (let b = await bench(); Date.now() < deadline; b = await bench()) {
      const quietSince = Math.max(b.lastAt, b.startAt, loadAt);
      if (await page.evaluate((q) => performance.now() - q > 1000, quietSince)) break;
      await sleep(250);
    }
    let pending = 0;
    if (withExt) {
      // Then wait (≤ 10 s) for the background's analyses to restyle every mark.
      for (let i = 0; i < 40; i++) {
        pending = await page.evaluate(
          () => document.querySelectorAll('reslens-ref[data-status="pending"]').length,
        );
        if (!pending) break;
        await sleep(250);
      }
    }
    const taskMs = ((await metric('TaskDuration')) - task0) * 1000;
    const { profile } = await cdp.send('Profiler.stop');
    await cdp.send('HeapProfiler.collectGarbage');
    return {
      taskMs,
      extJsMs: extensionTime(profile),
      heapBytes: await metric('JSHeapUsedSize'),
      nodes: await metric('Nodes'),
      loadAt,
      bench: await bench(),
      pending,
    };
  } finally {
    await page.close();
  }
}

type Profile = {
  nodes: { id: number; callFrame: { url: string }; children?: number[] }[];
  samples?: number[];
  timeDeltas?: number[];
};

/** Milliseconds of samples whose stack holds a chrome-extension:// frame (i.e. the content script's own work). */
function extensionTime(p: Profile): number {
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const memo = new Map<number, boolean>();
  const inExt = (id: number): boolean => {
    const known = memo.get(id);
    if (known !== undefined) return known;
    const up = parent.get(id);
    const v =
      (byId.get(id)?.callFrame.url.startsWith('chrome-extension://') ?? false) ||
      (up !== undefined && inExt(up));
    memo.set(id, v);
    return v;
  };
  let us = 0;
  const samples = p.samples ?? [];
  // timeDeltas[i + 1] is the time from sample i to the next one: that is the time sample i stands for.
  samples.forEach((id, i) => (us += inExt(id) ? (p.timeDeltas?.[i + 1] ?? 0) : 0));
  return us / 1000;
}

/** The limit: walk every text node and read its data, nothing else. Five walks per load, median kept. */
async function treeWalker(page: Page): Promise<{ ms: number; nodes: number }> {
  return page.evaluate(() => {
    const times: number[] = [];
    let nodes = 0;
    for (let r = 0; r < 5; r++) {
      const t = performance.now();
      const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      let chars = 0;
      nodes = 0;
      while (w.nextNode()) {
        chars += (w.currentNode as Text).data.length;
        nodes++;
      }
      times.push(performance.now() - t + chars * 0);
    }
    times.sort((a, b) => a - b);
    return { ms: times[2] ?? NaN, nodes };
  });
}

/** The peer: mark.js marking the regex set in one task, layout included (as the extension's time includes it). */
async function markJs(
  ctx: BrowserContext,
  url: string,
): Promise<{ ms: number; marks: number; longest: number }> {
  const page = await ctx.newPage();
  try {
    await page.goto(url, { waitUntil: 'load' });
    await page.addScriptTag({ path: MARK_JS });
    return await page.evaluate(async (regexes) => {
      type MarkCtor = new (el: Element) => { markRegExp(re: RegExp, opt: object): void };
      const Mark = (window as unknown as { Mark: MarkCtor }).Mark;
      const t = performance.now();
      const b = (window as unknown as { __bench: { longtasks: [number, number][] } }).__bench;
      for (const [src, flags] of regexes)
        new Mark(document.body).markRegExp(new RegExp(src, flags), { element: 'mark' });
      void document.body.offsetHeight; // force the layout the new elements cause
      const ms = performance.now() - t;
      await new Promise((r) => setTimeout(r, 200)); // let the long-task entry be delivered
      const tasks = b.longtasks.filter(([start]) => start >= t - 1).map(([, d]) => d);
      return { ms, marks: document.getElementsByTagName('mark').length, longest: Math.max(0, ...tasks) };
    }, PEER_REGEXES);
  } finally {
    await page.close();
  }
}

export async function pageAnnotation(paragraphs: readonly Paragraph[]): Promise<Section> {
  const title = '3. Page annotation (headless Chromium, built extension)';
  if (!existsSync(join(outDir, 'manifest.json')))
    return {
      title,
      rows: [],
      notes: [],
      skipped: 'not run: .output/chrome-mv3/manifest.json is missing (run `npm run build` first).',
    };
  if (!existsSync(CHROMIUM))
    return { title, rows: [], notes: [], skipped: `not run: ${CHROMIUM} is missing (apt install chromium).` };

  const withRefs = fixture(paragraphs, 2.1e6);
  const noRefs = fixture(
    paragraphs.filter((p) => recognize(p.text).length === 0),
    2.1e6,
  );
  const pages = new Map([
    ['/bench/refs.html', html('ResLens benchmark: references', withRefs.paras)],
    ['/bench/none.html', html('ResLens benchmark: no references', noRefs.paras)],
  ]);
  const server = createServer((req, res) => {
    const body = pages.get(req.url ?? '');
    res.writeHead(body ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' }).end(body ?? 'not found');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  const args = ['--no-sandbox', `--host-resolver-rules=MAP ${HOST} 127.0.0.1:${port}`];
  const profile = mkdtempSync(join(tmpdir(), 'reslens-bench-'));
  const common = { executablePath: CHROMIUM, headless: true, viewport: { width: 1280, height: 800 } };
  const ext = await chromium.launchPersistentContext(profile, {
    ...common,
    args: [...args, `--disable-extensions-except=${outDir}`, `--load-extension=${outDir}`],
  });
  const bare = await chromium.launch({ ...common, args });
  const base = await bare.newContext({ viewport: common.viewport });
  try {
    if (!ext.serviceWorkers().length)
      await ext.waitForEvent('serviceworker', { timeout: 10_000 }).catch(() => undefined);
    await ext.addInitScript(instrument);
    await base.addInitScript(instrument);
    const refsUrl = `http://${HOST}/bench/refs.html`;
    const noneUrl = `http://${HOST}/bench/none.html`;
    const r = { ext: [] as Load[], base: [] as Load[], extNone: [] as Load[], baseNone: [] as Load[] };
    const walk: number[] = [];
    const peer: { ms: number; marks: number; longest: number }[] = [];
    let textNodes = 0;
    // Rounds interleave every configuration so that load from other jobs falls on all of them alike.
    for (let i = 0; i < ROUNDS; i++) {
      r.base.push(await load(base, refsUrl, false));
      r.ext.push(await load(ext, refsUrl, true));
      r.baseNone.push(await load(base, noneUrl, false));
      r.extNone.push(await load(ext, noneUrl, true));
      const p = await base.newPage();
      await p.goto(refsUrl, { waitUntil: 'load' });
      const w = await treeWalker(p);
      walk.push(w.ms);
      textNodes = w.nodes;
      await p.close();
      peer.push(await markJs(base, refsUrl));
    }
    const extMs = r.ext.map((l, i) => l.taskMs - (r.base[i]?.taskMs ?? NaN));
    const noneMs = r.extNone.map((l) => l.extJsMs);
    const during = (l: Load) =>
      Math.max(0, ...l.bench.longtasks.filter(([s, d]) => s + d > l.bench.startAt).map(([, d]) => d));
    const st = (xs: number[]): Stat => summarize(xs);
    const marked = st(r.ext.map((l) => l.bench.count));
    const pending = Math.max(...r.ext.map((l) => l.pending));
    const longest = st(r.ext.map(during));
    const peerMs = peer.map((p) => p.ms);
    const vsWalk = ratios(extMs, walk);
    const vsPeer = ratios(peerMs, extMs);
    const rows: Row[] = [
      {
        name: 'extension: main-thread time added',
        unit: 'ms',
        stat: st(extMs),
        note: 'TaskDuration with − without extension',
      },
      {
        name: 'extension: its own JS time',
        unit: 'ms',
        stat: st(r.ext.map((l) => l.extJsMs)),
        note: 'CPU profile, content.js on the stack',
      },
      {
        name: 'extension: first mark visible',
        unit: 'ms',
        stat: st(r.ext.map((l) => l.bench.firstVisibleAt)),
        note: `after navigation start; load event at ${fmt(st(r.ext.map((l) => l.loadAt)).median)} ms`,
      },
      {
        name: 'extension: all marks placed',
        unit: 'ms',
        stat: st(r.ext.map((l) => l.bench.lastAt)),
        note: 'after navigation start',
      },
      {
        name: 'extension: longest task while annotating',
        unit: 'ms',
        stat: longest,
        note: `target ≤ 50 ms; whole load without extension: ${fmt(st(r.base.map(during)).median)} ms`,
      },
      {
        name: 'extension: JS heap added',
        unit: 'MB',
        stat: st(r.ext.map((l, i) => (l.heapBytes - (r.base[i]?.heapBytes ?? NaN)) / 1e6)),
        note: 'after GC',
      },
      {
        name: 'extension: DOM nodes added',
        unit: '',
        stat: st(r.ext.map((l, i) => l.nodes - (r.base[i]?.nodes ?? NaN))),
      },
      {
        name: 'extension: references marked',
        unit: '',
        stat: marked,
        note: `recognize() per paragraph finds ${withRefs.refs}${pending ? `; ${pending} still pending analysis` : ''}`,
      },
      { name: 'limit: bare TreeWalker pass', unit: 'ms', stat: st(walk), note: `${textNodes} text nodes` },
      {
        name: 'peer: mark.js, same regex set',
        unit: 'ms',
        stat: st(peerMs),
        note: `${fmt(st(peer.map((p) => p.marks)).median, 0)} marks; longest task ${fmt(st(peer.map((p) => p.longest)).median)} ms`,
      },
      { name: 'extension / bare pass', unit: '×', stat: vsWalk, note: 'target ≤ 3×' },
      { name: 'mark.js / extension', unit: '×', stat: vsPeer, note: 'target ≥ 5×' },
      { name: 'no-reference page: extension JS time', unit: 'ms', stat: st(noneMs), note: 'target < 5 ms' },
      {
        name: 'no-reference page: TaskDuration delta',
        unit: 'ms',
        stat: st(r.extNone.map((l, i) => l.taskMs - (r.baseNone[i]?.taskMs ?? NaN))),
        note: 'noisy: two page loads',
      },
    ];
    return {
      title,
      rows,
      notes: [
        `Fixture: ${fmt(withRefs.size / 1e6)} MB of text in ${withRefs.paras.length} paragraphs, ${withRefs.langs} languages, ` +
          `${withRefs.refs} references; no-reference page: ${fmt(noRefs.size / 1e6)} MB from the ${new Set(noRefs.paras.map((p) => p.text)).size} ` +
          'excerpts in which the recognizer finds nothing. Served from 127.0.0.1 as http://www.itu.int/bench/… so the default host permission applies.',
        `${ROUNDS} rounds; each loads the page with and without the extension in the same Chromium build. "Time added" is the ` +
          "renderer main thread's TaskDuration (CDP Performance metrics, commit → settled) with the extension minus without; " +
          'it includes style and layout for the marks, as the mark.js time does (layout forced). The background worker runs in ' +
          'its own process and is not counted.',
        'Long tasks come from a PerformanceObserver installed before any page script; "while annotating" counts tasks ending after the content script started.',
        `Of the main-thread time added, ${fmt(st(r.ext.map((l) => l.extJsMs)).median)} ms is the extension's own JS ` +
          `(recognition, marking, messaging); the rest is the renderer's style, layout and paint for the ` +
          `${fmt(st(r.ext.map((l, i) => l.nodes - (r.base[i]?.nodes ?? NaN))).median, 0)} nodes added and their inline styles.`,
        verdict('no task > 50 ms', 50 / longest.median, 1, `${fmt(longest.median)} ms`),
        verdict('extension ≤ 3× the bare pass', 3 / vsWalk.median, 1, `${fmt(vsWalk.median)}×`),
        verdict('≥ 5× faster than mark.js', vsPeer.median, 5),
        `Target no-reference page adds < 5 ms: ${st(noneMs).median < 5 ? 'met' : 'NOT met'} (${fmt(st(noneMs).median)} ms of ` +
          'extension JS by CPU profile; the TaskDuration delta of two whole page loads is too noisy on a shared machine to resolve 5 ms).',
        'The CPU profile (250 µs sampling) counts only JS with the extension on the stack; style and layout the marks cause are in the TaskDuration delta.',
      ],
    };
  } finally {
    await ext.close();
    await bare.close();
    server.close();
    rmSync(profile, { recursive: true, force: true });
  }
}
