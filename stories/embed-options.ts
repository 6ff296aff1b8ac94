/**
 * The "Embed options" story every element has: the same tag three times, once per boolean
 * option an editor can add in a CMS (`plain`, `static`, `compact`), each under its name.
 */
import { html, type TemplateResult } from 'lit';

/** The editors' boolean embed options, as story arguments (each sets the attribute of that name). */
export interface EmbedArgs {
  plain?: boolean;
  static?: boolean;
  compact?: boolean;
}

/** Controls for the embed options, in the story table's "embed" category. */
export const embedArgTypes = {
  plain: { control: 'boolean', table: { category: 'embed' } },
  static: { control: 'boolean', table: { category: 'embed' } },
  compact: { control: 'boolean', table: { category: 'embed' } },
} as const;

const OPTIONS = [
  ['plain', 'No heading and no frame: the element blends into the page’s column.'],
  ['static', 'For print and PDF: no buttons or tab stops, everything shown open.'],
  ['compact', 'Tighter spacing and type, for sidebars and intranet cards.'],
] as const;

/** The element rendered once per option, each with a short caption of what the option does. */
export function renderEmbedOptions(
  render: (options: EmbedArgs) => TemplateResult,
  note?: Partial<Record<keyof EmbedArgs, string>>,
): TemplateResult {
  return html`${OPTIONS.map(
    ([name, what]) =>
      html`<section>
        <h2><code>${name}</code></h2>
        <p>${what} ${note?.[name] ?? ''}</p>
        ${render({ [name]: true })}
      </section>`,
  )}`;
}
