import { computePosition, flip, offset, shift } from '@floating-ui/dom';
import { render } from 'preact';
import { createShadowRootUi, type ContentScriptContext } from '#imports';
import type { CardData } from '../core/card';
import { Card } from '../ui/Card';
import '../ui/card.css';

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
    if (this.ui?.mounted) return this.ui.mounted;
    this.ui = await createShadowRootUi(this.ctx, {
      name: 'reslens-tooltip',
      position: 'overlay',
      zIndex: 2147483647,
      anchor: 'body',
      onMount: (container) => {
        const box = document.createElement('div');
        box.setAttribute('role', 'tooltip');
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
    anchor.setAttribute('aria-describedby', 'reslens-card');
    const { x, y } = await computePosition(anchor, box, {
      strategy: 'fixed',
      placement: 'bottom-start',
      middleware: [offset(6), flip(), shift({ padding: 8 })],
    });
    box.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
  }

  get element(): HTMLElement | undefined {
    return this.ui?.mounted;
  }

  hide(): void {
    this.anchor?.removeAttribute('aria-describedby');
    this.anchor = undefined;
    if (this.ui?.mounted) this.ui.mounted.hidden = true;
  }

  destroy(): void {
    this.hide();
    this.ui?.remove();
    this.ui = undefined;
  }
}
