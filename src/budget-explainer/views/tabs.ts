/** The chapter tabs (a tab list over one panel), and what a tab shows. */
import { html, nothing, type TemplateResult } from 'lit';
import { pickText } from '../../core/locale.js';
import { themeHasData, type ChapterTheme } from '../model.js';
import type { Tab, ViewContext } from '../types.js';
import { heading } from './common.js';
import { costsView, type CostsProps } from './costs.js';
import { filmView } from './film.js';
import { investmentsView } from './investments.js';
import { myTaxView, type MyTaxProps } from './my-tax.js';
import { per100View } from './per-100.js';
import { revenueView } from './revenue.js';
import { demographyView, trendView, type TrendProps } from './trend.js';

export interface TabListProps {
  readonly tabs: readonly Tab[];
  readonly selected: Tab;
  readonly onSelect: (tab: Tab) => void;
  /** Arrows, Home and End move between the tabs (one tab stop: roving tabindex). */
  readonly onKey: (event: KeyboardEvent) => void;
}

/** The tab list and the panel that shows `panel` (the selected tab's content). */
export function tabListView(ctx: ViewContext, props: TabListProps, panel: TemplateResult): TemplateResult {
  const { tabs, selected } = props;
  return html`<div class="tabs" role="tablist" aria-label=${ctx.t.chaptersLabel} @keydown=${props.onKey}>
      ${tabs.map(
        (x, i) =>
          html`<button
            type="button"
            role="tab"
            id="tab-${i}"
            aria-selected=${x === selected ? 'true' : 'false'}
            aria-controls="panel"
            tabindex=${x === selected ? 0 : -1}
            @click=${() => props.onSelect(x)}
          >
            ${x.title}
          </button>`,
      )}
    </div>
    <div class="panel" role="tabpanel" id="panel" aria-labelledby="tab-${tabs.indexOf(selected)}">
      ${panel}
    </div>`;
}

/** The state of the views a tab may show, kept by the element, and what the resident can do there. */
export interface TabContentProps {
  readonly costs: CostsProps;
  readonly myTax: MyTaxProps;
  readonly trend: TrendProps;
  /** Chapters whose film the resident asked for. */
  readonly playing: ReadonlySet<string>;
  readonly onPlay: (chapterId: string) => void;
}

/** The overview (costs, every 100 kr, my tax), or a chapter: its heading, summary, film and chart. */
export function tabContentView(ctx: ViewContext, tab: Tab, props: TabContentProps): TemplateResult {
  if (tab.id === null) {
    const a = ctx.model.available;
    return html`${a.costs ? costsView(ctx, props.costs) : nothing}${a.per100 ? per100View(ctx) : nothing}${
      a.myTax && !ctx.isStatic ? myTaxView(ctx, props.myTax) : nothing
    }`;
  }
  const inChapter: ViewContext = { ...ctx, chapterTitle: tab.title };
  const chapter = tab.chapter;
  const summary = chapter ? pickText(chapter.summary, ctx.lang) : '';
  const film = { playing: chapter ? props.playing.has(chapter.id) : false, onPlay: props.onPlay };
  return html`<section class="chapter" aria-labelledby="chapter-title">
    ${heading(inChapter, 1, tab.title, 'chapter-title')}
    ${summary ? html`<p class="lead">${summary}</p>` : nothing}
    ${chapter?.video ? filmView(inChapter, chapter, tab.title, film) : nothing}
    ${tab.theme && themeHasData(tab.theme, ctx.model.available) ? themeView(inChapter, tab.theme, props) : nothing}
  </section>`;
}

function themeView(
  ctx: ViewContext,
  theme: ChapterTheme,
  props: TabContentProps,
): TemplateResult | typeof nothing {
  const available = ctx.model.available;
  switch (theme) {
    case 'revenue':
      return revenueView(ctx);
    case 'demography':
      return demographyView(ctx);
    case 'investments':
      return investmentsView(ctx);
    case 'planning':
      return trendView(ctx, props.trend);
    case 'value':
      return html`${available.per100 ? per100View(ctx, 2) : nothing}${
        available.myTax && !ctx.isStatic ? myTaxView(ctx, props.myTax, 2) : nothing
      }`;
    default:
      return nothing;
  }
}
