import { browser } from 'wxt/browser';
import type { ContentScriptContext } from '#imports';
import { isProblem, type CardData } from '../core/card';
import { render } from '../core/i18n/phrases';
import { inconsistentCitations } from '../core/index/analyze';
import type { Lang } from '../core/index/types';
import type { Settings } from '../shared/settings';
import { recognize } from '../core/recognize/index';
import { disabledSites } from '../shared/site-switch';
import { Highlighter, MARK_ATTR, MARK_SELECTOR, type Mark } from './highlighter';
import { defaultBodyOf, languageOf } from './page-context';
import {
  applyPageSettings,
  bodyWanted,
  clearPageSettings,
  fetchSettings,
  interfaceLanguage,
  linkLanguage,
} from './page-settings';
import { blocksIn, type TextBlock } from './text-blocks';
import { CardInteraction } from './card-interaction';
import { CardRequests } from './card-requests';
import { Tooltip } from './tooltip';

/**
 * Work per slice of the main thread; the page stays responsive between slices (issue #5: no task > 50 ms).
 * Slices end at a frame boundary, and each frame then lays out and paints what the slice changed: a trace
 * of a 2 MB page showed 8 ms of marking costing ~45 ms of layout and paint in the same task, so a slice is
 * 4 ms (npm run bench: no long task while annotating; all marks take longer to place, which no one sees).
 */
const SLICE_MS = 4;
const SHOW_DELAY_MS = 250;

interface MarkState {
  mark: Mark;
  card?: CardData;
  /** The sentence around the reference, for the popup's page report. */
  context: string;
  /** The language of the text around it (titles and links follow it). */
  lang: Lang;
}

const CONTEXT_CHARS = 60;
/** Rounds of re-marking an element whose marks the page keeps removing, before leaving it to the page. */
const MAX_FIGHTS = 2;

/** Yields until after the next rendering step (a hidden tab has no frames: a plain task then). */
function nextFrame(): Promise<void> {
  return new Promise((resolve) => {
    if (document.hidden) setTimeout(resolve, 0);
    else requestAnimationFrame(() => setTimeout(resolve, 0));
  });
}
const TOOLTIP_TAG = 'reslens-tooltip';

function contextOf(text: string, start: number, end: number): string {
  const from = Math.max(0, start - CONTEXT_CHARS);
  const to = Math.min(text.length, end + CONTEXT_CHARS);
  return `${from > 0 ? '…' : ''}${text.slice(from, to).replace(/\s+/g, ' ').trim()}${to < text.length ? '…' : ''}`;
}

/** Runs ResLens on one page: scan, mark, analyse, tooltip, follow changes, undo. */
export class PageController {
  private readonly highlighter = new Highlighter();
  private readonly states = new Map<number, MarkState>();
  private readonly tooltip: Tooltip;
  private observer?: MutationObserver;
  private pendingRoots = new Set<Element>();
  private running = false;
  private inflight: Promise<void>[] = [];
  private flushTimer?: number;
  private listening = false;
  private scans = 0;
  private settings?: Settings;
  /** How often the page removed our marks from an element. */
  private readonly fights = new WeakMap<Element, number>();
  private readonly interaction: CardInteraction;
  private readonly requests = new CardRequests(() => ({
    linkLang: linkLanguage(this.settings),
    textLang: interfaceLanguage(),
  }));

  constructor(private readonly ctx: ContentScriptContext) {
    this.tooltip = new Tooltip(ctx);
    this.interaction = new CardInteraction(
      ctx,
      this.tooltip,
      (el) => {
        const state = this.states.get(Number(el.dataset.refKey));
        const anchor = state?.mark.elements[0];
        return state && anchor ? { anchor, card: state.card, written: state.mark.ref.text } : undefined;
      },
      () => this.settings?.tooltipDelayMs ?? SHOW_DELAY_MS,
    );
  }

  async start(): Promise<void> {
    if (this.running) return;
    this.running = true;
    document.documentElement.dataset.reslens = 'on';
    this.listen();
    this.settings = await fetchSettings();
    applyPageSettings(this.settings);
    try {
      // Observe before the first scan: a page that changes while the first marks are being analysed
      // (a framework updating a node ResLens just split) must be seen at once. Our own changes are
      // dropped slice by slice (ignoreOwnMutations).
      this.observe();
      await this.scan(document.body);
    } catch (err) {
      // Degrade with a message rather than break the page; the popup shows it.
      document.documentElement.dataset.reslensError = String((err as Error).message).slice(0, 200);
      throw err;
    }
  }

  stop(): void {
    this.running = false;
    this.observer?.disconnect();
    this.tooltip.destroy();
    this.highlighter.removeAll();
    this.states.clear();
    this.requests.clear();
    document.documentElement.dataset.reslens = 'off';
    delete document.documentElement.dataset.reslensCount;
    clearPageSettings();
  }

  /** The page's references for the popup's report. */
  report(): { id: string; text: string; status: string; card?: CardData; key: number; context: string }[] {
    return [...this.states.values()].map(({ mark, card, context }) => ({
      id: mark.ref.id,
      text: mark.ref.text,
      context,
      status: card?.status ?? 'pending',
      card,
      key: mark.key,
    }));
  }

  reveal(key: number): boolean {
    const el = this.states.get(key)?.mark.elements[0];
    if (!el) return false;
    el.scrollIntoView({ block: 'center', behavior: 'smooth' });
    el.focus({ preventScroll: true });
    return true;
  }

  private async scan(root: Element): Promise<void> {
    // data-reslens-busy tells tests and tools when a scan is under way (scans may overlap).
    this.scans++;
    document.documentElement.dataset.reslensBusy = 'true';
    try {
      await this.scanBlocks(root);
    } finally {
      if (--this.scans === 0) delete document.documentElement.dataset.reslensBusy;
    }
  }

  private async scanBlocks(root: Element): Promise<void> {
    // Walked lazily, document order (the top of the page is what a reader sees first on load).
    const blocks = blocksIn(root);
    const defaultBody = defaultBodyOf(location.href, document.title);
    let sliceStart = performance.now();
    let batch: Mark[] = [];
    this.adoptPageMutations();
    for (const block of blocks) {
      if (!this.running) return;
      batch.push(...this.markBlock(block, defaultBody));
      if (performance.now() - sliceStart > SLICE_MS) {
        this.ignoreOwnMutations();
        this.inflight.push(this.analyze(batch));
        batch = [];
        await nextFrame();
        this.adoptPageMutations();
        sliceStart = performance.now();
      }
    }
    this.ignoreOwnMutations();
    const last = this.analyze(batch);
    await Promise.all([...this.inflight, last]);
    this.inflight = [];
    this.flagInconsistencies();
  }

  /** Batches are analysed apart; the same text cited with two versions is a whole-page finding. */
  private flagInconsistencies(): void {
    const states = [...this.states.values()];
    inconsistentCitations(states.map((s) => s.mark.ref)).forEach((w, i) => {
      const card = states[i]?.card;
      const text = w && render(w.phrase, card?.textLang ?? 'en');
      if (text && card && !card.warnings.includes(text)) card.warnings.push(text);
    });
  }

  private markBlock(block: TextBlock, defaultBody: ReturnType<typeof defaultBodyOf>): Mark[] {
    const refs = recognize(block.text, defaultBody ? { defaultBody } : {}).filter((r) =>
      bodyWanted(r, this.settings),
    );
    if (refs.length === 0) return [];
    const marks = this.highlighter.highlight(block, refs);
    // Language once per block: its lang attribute, else what its text looks like.
    const lang = languageOf(block.container, block.text);
    for (const m of marks)
      this.states.set(m.key, { mark: m, lang, context: contextOf(block.text, m.ref.start, m.ref.end) });
    document.documentElement.dataset.reslensCount = String(this.states.size);
    return marks;
  }

  /** Page mutations queued before a slice of our own work are kept for the next rescan… */
  private adoptPageMutations(): void {
    if (this.observer) this.collect(this.observer.takeRecords());
  }

  /** …and the records our own marking produced are dropped, so ResLens never reacts to itself. */
  private ignoreOwnMutations(): void {
    this.observer?.takeRecords();
  }

  private async analyze(marks: Mark[]): Promise<void> {
    if (marks.length === 0) return;
    // One request per language, so each card's title and links follow its own part of the page.
    const byLang = new Map<Lang, Mark[]>();
    for (const m of marks) {
      const lang = this.states.get(m.key)?.lang ?? 'en';
      byLang.set(lang, [...(byLang.get(lang) ?? []), m]);
    }
    await Promise.all([...byLang].map(([lang, group]) => this.analyzeIn(lang, group)));
  }

  private async analyzeIn(lang: Lang, marks: Mark[]): Promise<void> {
    const cards = await this.requests.cardsFor(
      lang,
      marks.map((m) => m.ref),
    );
    marks.forEach((mark, i) => {
      const state = this.states.get(mark.key);
      const card = cards[i];
      if (!state || !card) return;
      state.card = card;
      this.highlighter.setStatus(mark, card.status);
      if (isProblem(card)) for (const el of mark.elements) el.dataset.problem = '';
    });
  }

  private observe(): void {
    this.observer ??= new MutationObserver((records) => this.collect(records));
    this.observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  }

  private collect(records: MutationRecord[]): void {
    for (const r of records) {
      // A framework rewrote a text node we split: its new text replaces our marks and pieces.
      if (r.type === 'characterData' && this.highlighter.isOrigin(r.target)) {
        const parent = r.target.parentElement;
        // (The records of this undo come back as page mutations of `parent`: it is rescanned anyway.)
        for (const mark of this.highlighter.discardOrigin(r.target)) this.states.delete(mark.key);
        if (parent) this.pendingRoots.add(parent.closest(MARK_SELECTOR)?.parentElement ?? parent);
        continue;
      }
      const target = r.target instanceof Element ? r.target : r.target.parentElement;
      if (!target || target.closest(MARK_SELECTOR) || target.closest(TOOLTIP_TAG)) continue;
      const ours = (n: Node) =>
        n instanceof Element && (n.hasAttribute(MARK_ATTR) || n.localName === TOOLTIP_TAG);
      // The page took out our marks and nothing else (a sanitiser unwrapping unknown elements): after a
      // few rounds the page wins and that element is left alone. A framework re-rendering the whole
      // content removes its own nodes too; that is no fight, and the new content is marked again.
      const removed = [...r.removedNodes];
      if (removed.length > 0 && removed.every(ours))
        this.fights.set(target, (this.fights.get(target) ?? 0) + 1);
      if ((this.fights.get(target) ?? 0) > MAX_FIGHTS) continue;
      if (r.type === 'characterData' || [...r.addedNodes].some((n) => !ours(n)))
        this.pendingRoots.add(target);
    }
    if (this.pendingRoots.size && !this.flushTimer)
      this.flushTimer = this.ctx.setTimeout(() => void this.flush(), 200);
  }

  private async flush(): Promise<void> {
    this.flushTimer = undefined;
    // Marks the page removed (a re-render, a framework replacing nodes) leave the report.
    for (const [key, state] of this.states)
      if (!state.mark.elements.some((el) => el.isConnected)) this.states.delete(key);
    const roots = [...this.pendingRoots].filter((r) => r.isConnected);
    this.pendingRoots.clear();
    for (const root of roots) await this.scan(root);
  }

  private listen(): void {
    if (this.listening) return; // once per page: off and on again must not add listeners
    this.listening = true;
    // New settings from the options page: start over with them (marks, styles, links).
    browser.storage.onChanged.addListener((changes, area) => {
      if (area !== 'sync' || !('settings' in changes) || !this.running) return;
      this.stop();
      void this.start();
    });
    this.interaction.listen();
    // Single-page sites: a new route may bring new content (also seen by the observer) and a new default
    // body (a WTSA page after a Council one), so the whole page is looked at again; marks stay as they are.
    this.ctx.addEventListener(window, 'wxt:locationchange', () => {
      if (this.running) this.pendingRoots.add(document.body);
      void this.flush();
    });
    void disabledSites.watch((list) => {
      if (list.includes(location.hostname)) this.stop();
      else void this.start();
    });
  }
}
