import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface PrintOptions {
  /** Runs before the browser lays the page out for print (also for "save as PDF"). */
  before: () => void;
  /** Runs when the print dialog closes. */
  after?: () => void;
}

/**
 * Print hooks for as long as the host is on the page. Paper cannot open a disclosure or scroll a
 * virtual list, so elements show everything for print; `printing` tells the render which to do.
 * The browser lays out for print right after `beforeprint` returns: a host that renders for print
 * must render synchronously in `before` (LitElement's `performUpdate()`), not in a microtask.
 */
export class PrintController implements ReactiveController {
  /** True between `beforeprint` and `afterprint`. */
  printing = false;

  constructor(
    host: ReactiveControllerHost,
    private readonly options: PrintOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('beforeprint', this.handleBefore);
    window.addEventListener('afterprint', this.handleAfter);
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeprint', this.handleBefore);
    window.removeEventListener('afterprint', this.handleAfter);
    this.printing = false;
  }

  private readonly handleBefore = (): void => {
    this.printing = true;
    this.options.before();
  };

  private readonly handleAfter = (): void => {
    this.printing = false;
    this.options.after?.();
  };
}

/**
 * Opens every closed `<details>` under `root` for print (a closed one prints as its summary line)
 * and returns a function that closes again the ones it opened.
 */
export function openDisclosuresForPrint(root: ParentNode): () => void {
  const opened = [...root.querySelectorAll<HTMLDetailsElement>('details:not([open])')];
  for (const details of opened) details.open = true;
  return () => {
    for (const details of opened) details.open = false;
  };
}
