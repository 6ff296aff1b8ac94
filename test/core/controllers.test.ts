import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement, type TemplateResult } from 'lit';
import { Announcer } from '../../src/core/announcer.js';
import { emit } from '../../src/core/events.js';
import { lazyModule } from '../../src/core/lazy-module.js';
import { openDisclosuresForPrint, PrintController } from '../../src/core/print-controller.js';
import { ResizeController } from '../../src/core/resize-controller.js';

class ControllerHost extends LitElement {
  readonly announcer = new Announcer(this);
  widths: number[] = [];
  printed = 0;
  readonly resize = new ResizeController(this, { onWidth: (width) => this.widths.push(width) });
  readonly print = new PrintController(this, { before: () => this.printed++ });

  override render(): TemplateResult {
    return html`${this.announcer.render()}
      <details>
        <summary>Tabell</summary>
        rader
      </details>`;
  }
}
customElements.define('controller-test-host', ControllerHost);

const region = (el: ControllerHost) => el.shadowRoot!.querySelector('[role="status"]')!;

describe('lazyModule', () => {
  it('loads once, and again on the next call after a failed load', async () => {
    let calls = 0;
    const chunk = lazyModule(() =>
      ++calls === 1 ? Promise.reject(new Error('offline')) : Promise.resolve({ n: calls }),
    );
    expect(chunk.module).to.equal(undefined);
    let failed = false;
    await chunk.load().catch(() => (failed = true));
    expect(failed).to.equal(true);
    const [a, b] = await Promise.all([chunk.load(), chunk.load()]);
    expect(a).to.equal(b);
    expect(chunk.module).to.deep.equal({ n: 2 });
    await chunk.load();
    expect(calls).to.equal(2);
  });
});

describe('Announcer', () => {
  it('renders an empty status region first, then the text', async () => {
    const el = await fixture<ControllerHost>(html`<controller-test-host></controller-test-host>`);
    expect(region(el).textContent).to.equal('');
    el.announcer.announce('Visar 3 av 10 mål');
    await el.updateComplete;
    expect(region(el).textContent).to.equal('Visar 3 av 10 mål');
  });

  it('changes the region when the same text is announced twice, so it is said again', async () => {
    const el = await fixture<ControllerHost>(html`<controller-test-host></controller-test-host>`);
    el.announcer.announce('Skola: 4 delområden');
    await el.updateComplete;
    const first = region(el).textContent;
    el.announcer.announce('Skola: 4 delområden');
    await el.updateComplete;
    expect(region(el).textContent).not.to.equal(first);
    expect(region(el).textContent.trim()).to.equal('Skola: 4 delområden');
  });

  it('with a delay says only the last of quick changes', async () => {
    const el = await fixture<ControllerHost>(html`<controller-test-host></controller-test-host>`);
    el.announcer.announce('Visar 9 mål', 30);
    el.announcer.announce('Visar 2 mål', 30);
    await el.updateComplete;
    expect(region(el).textContent).to.equal('');
    await new Promise((r) => setTimeout(r, 60));
    await el.updateComplete;
    expect(region(el).textContent).to.equal('Visar 2 mål');
  });

  it('cancels a pending announcement when the element leaves the page', async () => {
    const el = await fixture<ControllerHost>(html`<controller-test-host></controller-test-host>`);
    el.announcer.announce('för sent', 20);
    el.remove();
    await new Promise((r) => setTimeout(r, 40));
    expect(el.announcer.current).to.equal('');
  });
});

describe('ResizeController', () => {
  it('reports the width in whole pixels, and each new width once', async () => {
    const el = await fixture<ControllerHost>(
      html`<controller-test-host style="display:block;width:300.4px"></controller-test-host>`,
    );
    await waitUntil(() => el.widths.length > 0, 'no width reported');
    expect(el.widths).to.deep.equal([300]);
    const seen = el.widths.length;
    expect(el.resize.measureNow()).to.equal(300);
    expect(el.widths.length).to.equal(seen);
    el.style.width = '320px';
    await waitUntil(() => el.widths.length > seen, 'the new width was not reported');
    expect(el.widths.at(-1)).to.equal(320);
  });

  it('measures the content box (without padding) on demand', async () => {
    const el = await fixture<ControllerHost>(
      html`<controller-test-host style="display:block;width:200px;padding:0 10px"></controller-test-host>`,
    );
    expect(el.resize.measureNow()).to.equal(200);
  });
});

describe('PrintController and openDisclosuresForPrint', () => {
  it('runs the hook on beforeprint only while connected', async () => {
    const el = await fixture<ControllerHost>(html`<controller-test-host></controller-test-host>`);
    window.dispatchEvent(new Event('beforeprint'));
    expect(el.printed).to.equal(1);
    expect(el.print.printing).to.equal(true);
    window.dispatchEvent(new Event('afterprint'));
    expect(el.print.printing).to.equal(false);
    el.remove();
    window.dispatchEvent(new Event('beforeprint'));
    expect(el.printed).to.equal(1);
  });

  it('opens closed disclosures and closes only those again', async () => {
    const el = await fixture<HTMLElement>(
      html`<div>
        <details>
          <summary>a</summary>
          x
        </details>
        <details open>
          <summary>b</summary>
          y
        </details>
      </div>`,
    );
    const [closed, open] = el.querySelectorAll('details');
    const restore = openDisclosuresForPrint(el);
    expect(closed!.open && open!.open).to.equal(true);
    restore();
    expect(closed!.open).to.equal(false);
    expect(open!.open).to.equal(true);
  });
});

describe('emit', () => {
  it('bubbles out of a shadow root and reports a cancel', async () => {
    const el = await fixture<ControllerHost>(html`<controller-test-host></controller-test-host>`);
    const inner = el.shadowRoot!.querySelector('details')!;
    let detail: unknown;
    const listener = (event: CustomEvent<unknown>) => {
      detail = event.detail;
      event.preventDefault();
    };
    el.addEventListener('insyn-period-change', listener);
    try {
      expect(emit(inner, 'insyn-period-change', { period: '2025' })).to.equal(true);
      expect(detail).to.deep.equal({ period: '2025' });
      expect(emit(inner, 'insyn-period-change', { period: '2026' }, { cancelable: true })).to.equal(false);
    } finally {
      el.removeEventListener('insyn-period-change', listener);
    }
  });
});
