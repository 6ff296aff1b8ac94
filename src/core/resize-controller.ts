import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement;

export interface ResizeOptions {
  /** The element to watch; the host when absent. Called on connect and after each update. */
  target?: () => Element | null | undefined;
  /** Told the new content-box width (whole pixels), in the frame after the change. */
  onWidth: (width: number) => void;
}

/**
 * Follows an element's width. The callback runs in the next animation frame, because changing
 * layout inside a ResizeObserver callback makes it fire again ("ResizeObserver loop"). Widths are
 * rounded and only a change of a whole pixel is passed on, so sub-pixel jitter cannot loop either.
 *
 * A background tab may never run ResizeObserver callbacks: call `measureNow()` where the first
 * render needs the real width (it reads `clientWidth` minus padding synchronously).
 */
export class ResizeController implements ReactiveController {
  private observer?: ResizeObserver;
  private observed?: Element;
  private frame = 0;
  private last = -1;

  constructor(
    private readonly host: Host,
    private readonly options: ResizeOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.observer ??= new ResizeObserver((entries) => {
      const width = entries[entries.length - 1]?.contentRect.width ?? 0;
      cancelAnimationFrame(this.frame);
      this.frame = requestAnimationFrame(() => this.take(width));
    });
    this.observe();
  }

  hostUpdated(): void {
    this.observe(); // the target may be rendered (or replaced) only now
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observed = undefined;
    cancelAnimationFrame(this.frame);
  }

  /** The target's content width right now, passed on like an observed one; returns it. */
  measureNow(): number {
    const target = this.target();
    if (!target) return 0;
    const style = getComputedStyle(target);
    const width = target.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    this.take(width);
    return Math.round(width);
  }

  private target(): Element | null | undefined {
    return this.options.target ? this.options.target() : this.host;
  }

  private observe(): void {
    const target = this.target() ?? undefined;
    if (!this.observer || target === this.observed) return;
    if (this.observed) this.observer.unobserve(this.observed);
    this.observed = target;
    if (target) this.observer.observe(target);
  }

  private take(measured: number): void {
    const width = Math.round(measured);
    if (width <= 0 || width === this.last) return;
    this.last = width;
    this.options.onWidth(width);
  }
}
