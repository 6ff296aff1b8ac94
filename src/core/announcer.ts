import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';

/**
 * A polite live region: what changed after a reader's action, said once by a screen reader
 * ("Visar 12 av 240 mål", "Vård och omsorg: 6 delområden"). The region is rendered from the start
 * and only its text changes, because a region inserted together with its text is often not read.
 *
 * `announce(text, delay)` with a delay waits for the reader to pause (typing in a search box) and
 * says only the last text. The same text twice in a row is said again: it gets a no-break space
 * appended, so the region's content changes.
 */
export class Announcer implements ReactiveController {
  private text = '';
  private timer?: ReturnType<typeof setTimeout>;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
  }

  /** What the region says now (for tests and hosts that render it themselves). */
  get current(): string {
    return this.text;
  }

  announce(text: string, delayMs = 0): void {
    clearTimeout(this.timer);
    const say = (): void => {
      const repeated = this.text.replace(/\u00a0$/, '') === text;
      this.text = repeated && !this.text.endsWith('\u00a0') ? `${text}\u00a0` : text;
      this.host.requestUpdate();
    };
    if (delayMs > 0) this.timer = setTimeout(say, delayMs);
    else say();
  }

  /** Says nothing (and cancels a pending announcement). */
  clear(): void {
    clearTimeout(this.timer);
    if (!this.text) return;
    this.text = '';
    this.host.requestUpdate();
  }

  /** The region; render it once, where it is in every state that announces. */
  render(): TemplateResult {
    return html`<p class="visually-hidden" role="status">${this.text}</p>`;
  }
}
