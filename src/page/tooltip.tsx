import { computePosition, flip, offset, shift } from '@floating-ui/dom';
import { render } from 'preact';
import { createShadowRootUi, type ContentScriptContext } from '#imports';
import type { CardData } from '../core/card';
import { Card } from '../ui/Card';
// The card's CSS travels inside the script and is written into the shadow root: no web-accessible
// resource to fetch, so the card is styled on any site the user lets ResLens run on, and pages cannot
// probe for the extension through a resource URL.
import cardCss from '../ui/card.css?inline';

/**
 * The tooltip container: one shadow root (page CSS cannot reach it, its CSS cannot leak), a Preact
 * card inside, placed next to the reference by @floating-ui/dom so it flips and shifts at viewport
 * edges instead of covering what the reader is looking at.
 */
export class Tooltip {
  private ui?: Awaited<ReturnType<typeof createShadowRootUi<HTMLElement>>>;
  private anchor?: HTMLElement;

  constructor(private readonly ctx: ContentScriptContext) {}

  private async mount(): Promise<HTMLElement> {
    if (this.ui?.mounted?.isConnected) return this.ui.mounted;
    // The page removed the card's host (a sanitiser, a framework re-render): build a new one.
    this.ui?.remove();
    this.ui = await createShadowRootUi(this.ctx, {
      name: 'reslens-tooltip',
      css: cardCss,
      position: 'overlay',
      zIndex: 2147483647,
      // On <html>, not <body>: pages that police <body>'s children (sanitisers, frameworks owning <body>)
      // leave it alone.
      anchor: 'html',
      onMount: (container) => {
        const box = document.createElement('div');
        // A non-modal dialog, not a tooltip: the card holds links and a button the reader can Tab into.
        box.setAttribute('role', 'dialog');
        box.setAttribute('aria-modal', 'false');
        box.setAttribute('aria-label', 'ResLens');
        box.id = 'reslens-card';
        box.style.position = 'fixed';
        box.style.top = '0';
        box.style.left = '0';
        container.append(box);
        return box;
      },
      onRemove: (box) => {
        if (box) render(null, box);
      },
    });
    this.ui.mount();
    if (!this.ui.mounted) throw new Error('ResLens tooltip failed to mount');
    return this.ui.mounted;
  }

  get openFor(): HTMLElement | undefined {
    return this.anchor;
  }

  async show(
    anchor: HTMLElement,
    card: CardData | undefined,
    written: string,
    dir: 'ltr' | 'rtl',
  ): Promise<void> {
    const box = await this.mount();
    this.anchor = anchor;
    box.dir = dir;
    box.hidden = false;
    render(
      <Card card={card} written={written} onCopy={(t) => void navigator.clipboard?.writeText(t)} />,
      box,
    );
    anchor.setAttribute('aria-expanded', 'true');
    anchor.setAttribute('aria-controls', 'reslens-card');
    const { x, y } = await computePosition(anchor, box, {
      strategy: 'fixed',
      placement: 'bottom-start',
      middleware: [offset(6), flip(), shift({ padding: 8 })],
    });
    box.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
  }

  /** The shadow host in the page (events from inside the card are retargeted to it). */
  get host(): HTMLElement | undefined {
    return this.ui?.shadowHost;
  }

  get element(): HTMLElement | undefined {
    return this.ui?.mounted;
  }

  /** Moves keyboard focus into the card (Enter on a reference), to its first link or button. */
  focusFirst(): void {
    this.ui?.mounted?.querySelector<HTMLElement>('a[href], button')?.focus();
  }

  hide(): void {
    this.anchor?.setAttribute('aria-expanded', 'false');
    this.anchor?.removeAttribute('aria-controls');
    this.anchor = undefined;
    if (this.ui?.mounted) this.ui.mounted.hidden = true;
  }

  destroy(): void {
    this.hide();
    this.ui?.remove();
    this.ui = undefined;
  }
}
