/** The details panel of the selected goal (beside the list from 64rem, below it when narrower). */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { OrganizationUnit } from '../../feed/generated/feed-types.js';
import { formatDate, formatPercent, formatPeriodInText } from '../../core/format.js';
import { formatTarget, formatIndicatorValue, type IndicatorSummary } from '../../core/indicator-model.js';
import { pickText, type Lang } from '../../core/locale.js';
import { renderStatus } from '../../core/status.js';
import { fill } from '../../core/texts.js';
import { LEVEL_TEXT_KEY } from '../../feed/level-words.js';
import type { GoalTreeTextKey } from '../goal-tree.texts.sv.js';
import type { FilterResult, GoalNode } from '../model.js';
import type { GoalTreeTexts } from '../types.js';
import { computedWhat, highlighted, periodText, statusSource, verdictHeading } from './wording.js';

const UNIT_TEXT: Record<OrganizationUnit['type'], GoalTreeTextKey> = {
  council: 'unitCouncil',
  'executive-board': 'unitExecutiveBoard',
  committee: 'unitCommittee',
  administration: 'unitAdministration',
  company: 'unitCompany',
  unit: 'unitUnit',
};

/** Links from the feed: http(s), or a path on the same site (as the schema allows; never javascript:). */
const SAFE_HREF = /^(https?:\/\/[^\s]+|\/(?!\/)[^\s]*)$/i;

export interface DetailsContext {
  /** The selected goal; without one the panel says how to choose. */
  readonly node: GoalNode | undefined;
  readonly filter: FilterResult;
  readonly t: GoalTreeTexts;
  readonly lang: Lang;
  /** Below the list rather than beside it: no scroll container, and a "back to the list" button. */
  readonly narrow: boolean;
  readonly onBackToList: () => void;
}

export function renderDetails(ctx: DetailsContext): TemplateResult {
  const { node, filter, t, lang, narrow } = ctx;
  if (!node) {
    return html`<section class="details details--empty" part="details" aria-label=${t.detailsLabel}>
      <p>${t.detailsHint}</p>
    </section>`;
  }
  const period = periodText(node, lang);
  const verdict = node.verdict;
  const href = typeof node.goal.url === 'string' && SAFE_HREF.test(node.goal.url) ? node.goal.url : undefined;
  // Wide, the panel is a scroll container of its own (sticky beside the list): a tab stop so
  // keys can scroll it. Narrow, it is not, and Shift+Tab from its heading goes to the tree.
  return html`<section
    class="details"
    part="details"
    aria-labelledby="details-title"
    tabindex=${ifDefined(narrow ? undefined : '0')}
  >
    <p class="level">${t[LEVEL_TEXT_KEY[node.level]]}</p>
    <h3 class="details__title" id="details-title" tabindex="-1">${highlighted(node.title, filter, lang)}</h3>
    ${
      node.description
        ? html`<p class="details__description">${highlighted(node.description, filter, lang)}</p>`
        : nothing
    }
    <dl class="facts">
      ${
        node.owner
          ? html`<div>
              <dt>${t.ownerLabel}</dt>
              <dd>
                ${highlighted(node.owner.name, filter, lang)}${node.owner.type ? ` (${t[UNIT_TEXT[node.owner.type]]})` : ''}
              </dd>
            </div>`
          : nothing
      }
      ${
        period
          ? html`<div>
              <dt>${t.periodLabel}</dt>
              <dd>${period}</dd>
            </div>`
          : nothing
      }
      <div>
        <dt>${t.statusLabel}</dt>
        <dd>
          ${renderStatus(node.status, t)} <span class="muted">(${statusSource(node, t, lang)})</span>
          ${
            node.reportedStatus !== undefined && node.reportedStatus !== node.computedStatus
              ? html`<br /><span class="muted"
                    >${fill(t.computedOther, { what: computedWhat(node, t, lang) })}</span
                  >
                  ${renderStatus(node.computedStatus, t)}`
              : nothing
          }
        </dd>
      </div>
      ${
        verdict
          ? html`<div>
              <dt>${verdictHeading(verdict, t, lang)}</dt>
              <dd>
                ${renderStatus(verdict.status, t)}${
                  verdict.date
                    ? html` <span class="muted"
                        >(${fill(t.verdictDate, { date: formatDate(verdict.date, lang) })})</span
                      >`
                    : nothing
                }
                ${verdict.text ? html`<p class="verdict__text">${verdict.text}</p>` : nothing}
              </dd>
            </div>`
          : nothing
      }
      ${
        node.progress !== undefined
          ? html`<div>
              <dt>${t.progressLabel}</dt>
              <dd>${formatPercent(node.progress, lang)}</dd>
            </div>`
          : nothing
      }
      ${
        node.rollup.total
          ? html`<div>
              <dt>${t.childrenLabel}</dt>
              <dd>${fill(t.rollup, { good: node.rollup.good, total: node.rollup.total })}</dd>
            </div>`
          : nothing
      }
    </dl>
    ${
      node.indicators.length || node.missingIndicators.length
        ? html`<h4 class="details__subheading">${t.indicatorsHeading}</h4>
            <ul class="indicators">
              ${node.indicators.map((summary) => renderIndicator(summary, t, lang))}
              ${node.missingIndicators.map(
                (id) =>
                  html`<li class="indicator indicator--missing">${fill(t.missingIndicator, { id })}</li>`,
              )}
            </ul>`
        : nothing
    }
    ${href ? html`<p><a href=${href}>${fill(t.readMore, { title: node.title })}</a></p>` : nothing}
    ${
      narrow
        ? html`<p class="details__back">
            <button type="button" class="button" @click=${ctx.onBackToList}>${t.backToList}</button>
          </p>`
        : nothing
    }
  </section>`;
}

function renderIndicator(summary: IndicatorSummary, t: GoalTreeTexts, lang: Lang): TemplateResult {
  const indicator = summary.indicator;
  const latest = summary.latest;
  const value = latest
    ? fill(t.valueFor, {
        value: formatIndicatorValue(latest.value, indicator, lang),
        period: formatPeriodInText(latest.period, lang),
      }) + (latest.kind === 'preliminary' ? `, ${t.preliminary}` : '')
    : t.noValue;
  const target = summary.target
    ? fill(t.valueFor, {
        value: formatTarget(summary.target, indicator, lang, { atLeast: t.atLeast, atMost: t.atMost }),
        period: formatPeriodInText(summary.target.period, lang),
      })
    : t.noTarget;
  return html`<li class="indicator">
    <span class="indicator__title">${pickText(indicator.title, lang)}</span>
    <span class="indicator__values">
      <span>${t.latest}: ${value}</span>
      <span>${t.target}: ${target}</span>
    </span>
    ${summary.reason ? nothing : renderStatus(summary.status, t)}
  </li>`;
}
