/**
 * The templates of <contact-card>. Part of the lazily loaded chunk (see contact-card.controller.ts).
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { pickText, type Lang } from '../core/locale.js';
import { renderBadge, STATUS_ICONS } from '../core/status.js';
import { fill, type TextSet } from '../core/texts.js';
import type { Channel, Office, Person } from '../feed/generated/feed-types.js';
import type { ContactCardTextKey } from './contact-card.texts.sv.js';
import { dataUrl } from './content-lines.js';
import { closedDays, closedDaysCalendar } from './ics.js';
import {
  DEVIATION_DAYS,
  dayLabel,
  describeStatus,
  fileName,
  hoursText,
  mapHref,
  reasonText,
  safeHref,
  telHref,
  weeklySummary,
  channelLabel,
  type CardModel,
  type ScheduleModel,
} from './model.js';
import type { DayHours } from './opening-hours.js';
import { vCard } from './vcard.js';

/** What the templates need from the element. */
export interface ViewContext {
  readonly lang: Lang;
  readonly t: TextSet<ContactCardTextKey>;
  readonly compact: boolean;
  /** The `static` embed option: no map link and no downloads (print, PDF). Default false. */
  readonly isStatic?: boolean;
  /** The level of the card's heading (1–6); its sections use the next level. */
  readonly level: number;
  /** The text of the polite live region (set only when a schedule opens or closes). */
  readonly announcement: string;
  readonly onClick: (event: MouseEvent) => void;
}

/** The schedules' statuses as one announcement: "Telefontid: Stängt – öppnar måndag 08.00." */
export function announce(
  model: CardModel,
  ids: ReadonlySet<string>,
  ctx: Pick<ViewContext, 'lang' | 't'>,
): string {
  const parts: string[] = [];
  for (const m of model.schedules) {
    const words = ids.has(m.schedule.id) && describeStatus(m, ctx.lang, ctx.t);
    if (words) parts.push(`${pickText(m.schedule.title, ctx.lang)}: ${words.text}.`);
  }
  return parts.join(' ');
}

/** A heading at a level the page chooses: real h1–h6 elements, not role="heading". */
function heading(level: number, cls: string, content: unknown): TemplateResult {
  switch (Math.min(6, Math.max(1, level))) {
    case 1:
      return html`<h1 class=${cls}>${content}</h1>`;
    case 2:
      return html`<h2 class=${cls}>${content}</h2>`;
    case 3:
      return html`<h3 class=${cls}>${content}</h3>`;
    case 4:
      return html`<h4 class=${cls}>${content}</h4>`;
    case 5:
      return html`<h5 class=${cls}>${content}</h5>`;
    default:
      return html`<h6 class=${cls}>${content}</h6>`;
  }
}

/** Open: the 'achieved' shape (filled circle with tick); closed: a ring with a bar. */
const CLOSED_ICON = svg`<circle cx="8" cy="8" r="6.2" fill="none" stroke="currentColor" stroke-width="1.6"/><path d="M4.5 8h7" stroke="currentColor" stroke-width="2"/>`;

function statusBadge(open: boolean, text: string): TemplateResult {
  return open ? renderBadge('open', STATUS_ICONS.achieved, text) : renderBadge('closed', CLOSED_ICON, text);
}

function link(href: string | undefined, action: string, id: string, content: unknown, cls = ''): unknown {
  const safe = safeHref(href);
  if (!safe) return content;
  return html`<a class=${cls} href=${safe} data-action=${action} data-id=${id}>${content}</a>`;
}

function renderChannel(channel: Channel, ctx: ViewContext): TemplateResult {
  const label = channelLabel(channel, ctx.lang, ctx.t);
  return html`<li class="channel channel--${channel.type}">
    ${
      channel.value
        ? html`<span class="channel__label">${label}</span>
            ${link(channel.href, channel.type, channel.id, channel.value)}`
        : link(channel.href, channel.type, channel.id, label)
    }
  </li>`;
}

function renderChannels(channels: readonly Channel[], ctx: ViewContext): unknown {
  if (channels.length === 0) return nothing;
  return html`<ul class="channels" part="channels">
    ${channels.map((channel) => renderChannel(channel, ctx))}
  </ul>`;
}

function renderSchedule(m: ScheduleModel, ctx: ViewContext): TemplateResult {
  const { lang, t } = ctx;
  const title = pickText(m.schedule.title, lang);
  const note = ctx.compact ? '' : pickText(m.schedule.note, lang);
  const words = describeStatus(m, lang, t);
  if (!words) {
    return html`<li class="schedule">
      <span class="schedule__title">${title}</span>
      <span class="schedule__error">${t.hoursError}</span>
      <ul class="summary">
        ${weeklySummary(m.schedule, lang, t).map((line) => html`<li>${line}</li>`)}
      </ul>
    </li>`;
  }
  return html`<li class="schedule">
    <span class="schedule__title">${title}</span>
    ${statusBadge(words.open, words.text)}
    ${words.today ? html`<span class="schedule__today">${words.today}</span>` : nothing}
    ${words.note ? html`<span class="schedule__today">${words.note}</span>` : nothing}
    ${note ? html`<span class="schedule__note">${note}</span>` : nothing}
  </li>`;
}

/** Why a row's day is special (calendar facts, the same for every schedule): "julafton", "klämdag". */
function rowReason(days: readonly (DayHours | undefined)[], ctx: ViewContext): string | undefined {
  const special =
    days.find((d) => d?.holiday) ??
    days.find((d) => d?.kind === 'day-before-public-holiday') ??
    days.find((d) => d?.kind === 'bridge-day');
  return special ? reasonText(special, ctx.lang, ctx.t) : undefined;
}

/** "07.30–16.00" may wrap after its dash (a zero-width space), so three columns fit in 320 px. */
function breakableRanges(text: string): string {
  return text.replace(/–/g, '–\u200b');
}

function hoursCell(day: DayHours | undefined, ctx: ViewContext): TemplateResult {
  if (!day) return html`<td>–</td>`;
  const note = day.kind === 'exception' ? pickText(day.note, ctx.lang) : '';
  return html`<td>
    ${breakableRanges(hoursText(day.hours, ctx.lang, ctx.t))}
    ${note ? html`<span class="cell__note">${note}</span>` : nothing}
  </td>`;
}

function hoursTable(
  model: CardModel,
  caption: string,
  firstColumn: string,
  rows: readonly { date: string; days: readonly (DayHours | undefined)[] }[],
  ctx: ViewContext,
): TemplateResult {
  const today = model.tabled[0]?.status?.today.date;
  return html`<table class="hours" part="table">
    <caption>
      ${caption}
    </caption>
    <thead>
      <tr>
        <th scope="col">${firstColumn}</th>
        ${model.tabled.map((m) => html`<th scope="col">${pickText(m.schedule.title, ctx.lang)}</th>`)}
      </tr>
    </thead>
    <tbody>
      ${rows.map((row) => {
        const reason = rowReason(row.days, ctx);
        const isToday = row.date === today;
        return html`<tr class=${isToday ? 'today' : ''}>
          <th scope="row">
            ${dayLabel(row.date, ctx.lang)}${reason ? `, ${reason}` : ''}
            ${isToday ? html`<span class="today__mark">${ctx.t.today}</span>` : nothing}
          </th>
          ${row.days.map((day) => hoursCell(day, ctx))}
        </tr>`;
      })}
    </tbody>
  </table>`;
}

function renderHours(model: CardModel, ctx: ViewContext): unknown {
  const { t, lang } = ctx;
  if (model.schedules.length === 0) return nothing;
  const schedules = html`<ul class="schedules" part="schedules">
    ${model.schedules.map((m) => renderSchedule(m, ctx))}
  </ul>`;
  if (ctx.compact) return schedules;
  const week = model.tabled[0]?.week ?? [];
  const weekRows = week.map((day, i) => ({ date: day.date, days: model.tabled.map((m) => m.week?.[i]) }));
  const closed = closedDays(model, lang, t);
  const name = pickText(model.contact.name, lang);
  return html`<section class="section">
    ${heading(ctx.level + 1, 'section__heading', t.hoursHeading)} ${schedules}
    ${model.tabled.length > 0 ? hoursTable(model, t.weekCaption, t.dayColumn, weekRows, ctx) : nothing}
    ${
      model.deviationRows.length > 0
        ? hoursTable(
            model,
            fill(t.deviationsCaption, { days: DEVIATION_DAYS }),
            t.dateColumn,
            model.deviationRows,
            ctx,
          )
        : nothing
    }
    ${
      closed.length > 0 && !ctx.isStatic
        ? html`<p class="download">
            <a
              href=${dataUrl(
                closedDaysCalendar(fill(t.icsCalendar, { name }), model.contact.id, closed, model.now),
                'text/calendar',
              )}
              download=${fileName(model.contact.id, 'ics')}
              data-action="ics"
              data-id=${model.contact.id}
              >${t.icsLink}</a
            >
          </p>`
        : nothing
    }
  </section>`;
}

function renderOffice(office: Office, ctx: ViewContext): TemplateResult {
  const { address } = office;
  const name = pickText(office.name, ctx.lang);
  const building = pickText(address.name, ctx.lang);
  const accessibility = pickText(office.accessibility, ctx.lang);
  return html`<li class="office">
    <address>
      <span class="office__name">${name}</span
      >${building && building !== name ? html`, ${building}` : nothing}<br />
      ${address.street}<br />
      ${address.postalCode ? `${address.postalCode} ` : ''}${address.city}
    </address>
    ${
      accessibility
        ? html`<p class="office__note">
            <span class="office__label">${ctx.t.accessibility}</span> ${accessibility}
          </p>`
        : nothing
    }
    ${
      ctx.isStatic
        ? nothing
        : html`<p class="map">
            ${link(
              mapHref(address),
              'map',
              office.id,
              html`${ctx.t.mapLink}<span class="visually-hidden">
                  ${fill(ctx.t.mapLinkHidden, { name })}</span
                >`,
            )}
          </p>`
    }
  </li>`;
}

function renderPerson(person: Person, model: CardModel, ctx: ViewContext): TemplateResult {
  const { lang, t } = ctx;
  const role = pickText(person.role, lang);
  const organization = model.organization;
  const unit = organization?.units?.find((u) => u.id === person.unit);
  const card = vCard({
    name: person.name,
    title: role,
    organization: organization ? pickText(organization.name, lang) : undefined,
    unit: unit ? pickText(unit.name, lang) : undefined,
    phone: person.phone,
    email: person.email,
  });
  return html`<li class="person">
    <span class="person__name">${person.name}</span
    >${role ? html`<span class="person__role">${role}</span>` : nothing}
    ${
      person.phone
        ? html`<span class="person__line"
            ><span class="channel__label">${t.phone}</span>
            ${link(telHref(person.phone), 'phone', person.id, person.phone)}</span
          >`
        : nothing
    }
    ${
      person.email
        ? html`<span class="person__line"
            ><span class="channel__label">${t.email}</span>
            ${link(`mailto:${person.email}`, 'email', person.id, person.email)}</span
          >`
        : nothing
    }
    ${
      ctx.isStatic
        ? nothing
        : html`<a
            class="download"
            href=${dataUrl(card, 'text/vcard')}
            download=${fileName(person.id, 'vcf')}
            data-action="vcard"
            data-id=${person.id}
            >${t.vcardLink}<span class="visually-hidden">
              ${fill(t.vcardLinkHidden, { name: person.name })}</span
            ></a
          >`
    }
  </li>`;
}

/** The card: full, or compact (name, each schedule's status, the main channels). */
export function renderCard(model: CardModel, ctx: ViewContext): TemplateResult {
  const { lang, t } = ctx;
  const description = pickText(model.contact.description, lang);
  const live = html`<p class="visually-hidden" role="status">${ctx.announcement}</p>`;
  if (ctx.compact) {
    const main = model.channels.filter((c) => c.type !== 'social' && c.type !== 'other');
    return html`<div class="card card--compact" part="base" @click=${ctx.onClick}>
      ${heading(ctx.level, 'card__name plain-hidden', pickText(model.contact.name, lang))}
      ${renderHours(model, ctx)} ${renderChannels(main, ctx)} ${live}
    </div>`;
  }
  return html`<div class="card" part="base" @click=${ctx.onClick}>
    ${heading(ctx.level, 'card__name plain-hidden', pickText(model.contact.name, lang))}
    ${description ? html`<p class="card__description">${description}</p>` : nothing}
    ${renderChannels(model.channels, ctx)} ${renderHours(model, ctx)}
    ${
      model.offices.length > 0
        ? html`<section class="section">
            ${heading(ctx.level + 1, 'section__heading', t.officesHeading)}
            <ul class="offices">
              ${model.offices.map((office) => renderOffice(office, ctx))}
            </ul>
          </section>`
        : nothing
    }
    ${
      model.people.length > 0
        ? html`<section class="section">
            ${heading(ctx.level + 1, 'section__heading', t.peopleHeading)}
            <ul class="people">
              ${model.people.map((person) => renderPerson(person, model, ctx))}
            </ul>
          </section>`
        : nothing
    }
    ${live}
  </div>`;
}
