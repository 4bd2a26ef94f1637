import type { ContentScriptContext } from '#imports';
import type { CardData } from '../core/card';
import { MARK_SELECTOR } from './highlighter';
import type { Tooltip } from './tooltip';

/** What the card for a mark needs: where to anchor it, what to show, what the page wrote. */
export interface CardTarget {
  anchor: HTMLElement;
  card?: CardData;
  written: string;
}

const HIDE_GRACE_MS = 300;

/**
 * How readers open and close the card, as readers of a polished extension expect: hover with intent (a
 * delay, a grace period to move into the card, instant swaps between references), focus and Enter (focus
 * moves into the card), Escape (back to the reference), tap. All listeners go through `ctx`, so they end
 * with the content script.
 */
export class CardInteraction {
  private showTimer?: number;
  private hideTimer?: number;
  private returningFocus = false;

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly tooltip: Tooltip,
    /** The card target of a mark element, or undefined when the element is no live mark. */
    private readonly targetOf: (mark: HTMLElement) => CardTarget | undefined,
    /** The hover delay in ms (a setting). */
    private readonly delay: () => number,
  ) {}

  listen(): void {
    const on = <K extends keyof DocumentEventMap>(type: K, fn: (e: DocumentEventMap[K]) => void) =>
      this.ctx.addEventListener(document, type, fn as (e: Event) => void, { capture: true });
    on('mouseover', (e) => {
      if (this.tooltip.element && e.composedPath().includes(this.tooltip.element))
        return clearTimeout(this.hideTimer);
      const target = this.targetAt(e.target);
      clearTimeout(this.showTimer);
      if (!target) return this.scheduleHide();
      if (this.tooltip.openFor === target.anchor) return clearTimeout(this.hideTimer);
      // Crossing from one reference to the next swaps cards at once; a first hover waits for intent.
      const delay = this.tooltip.openFor ? 0 : this.delay();
      this.showTimer = window.setTimeout(() => void this.open(target), delay);
    });
    on('focusin', (e) => {
      if (e.target === this.tooltip.host) return clearTimeout(this.hideTimer); // focus moved into the card
      if (this.returningFocus) return;
      const target = this.targetAt(e.target);
      if (target) void this.open(target);
    });
    on('focusout', () => this.scheduleHide());
    on('click', (e) => {
      const target = this.targetAt(e.target);
      if (target) void this.open(target); // touch: a tap opens
    });
    on('keydown', (e) => {
      if (e.key === 'Escape' && this.tooltip.openFor)
        return this.closeToReference(e.target === this.tooltip.host);
      if (e.key !== 'Enter') return;
      const target = this.targetAt(e.target);
      if (!target) return;
      e.preventDefault();
      void this.open(target).then(() => this.tooltip.focusFirst());
    });
  }

  private targetAt(el: EventTarget | null): CardTarget | undefined {
    const mark = el instanceof Element ? el.closest<HTMLElement>(MARK_SELECTOR) : null;
    return mark ? this.targetOf(mark) : undefined;
  }

  private open(target: CardTarget): Promise<void> {
    clearTimeout(this.hideTimer);
    const dir = getComputedStyle(target.anchor).direction === 'rtl' ? 'rtl' : 'ltr';
    return this.tooltip.show(target.anchor, target.card, target.written, dir);
  }

  /** Escape: close, and when focus was in the card, give it back to the reference it belongs to. */
  private closeToReference(focusWasInCard: boolean): void {
    const anchor = this.tooltip.openFor;
    this.tooltip.hide();
    if (!focusWasInCard || !anchor) return;
    // focus() fires focusin synchronously; it must not reopen the card just closed.
    this.returningFocus = true;
    anchor.focus();
    this.returningFocus = false;
  }

  private scheduleHide(): void {
    clearTimeout(this.showTimer);
    clearTimeout(this.hideTimer);
    this.hideTimer = window.setTimeout(() => this.tooltip.hide(), HIDE_GRACE_MS);
  }
}
