/**
 * Sets inline style properties through the CSSOM (`element.style.setProperty`), never through
 * the `style` attribute. Lit's styleMap writes the attribute on first render, which a strict
 * Content Security Policy (`style-src` without 'unsafe-inline') blocks; the CSSOM is allowed.
 *
 *   html`<span ${styleProps({ width: '42%', '--_tint': 'red' })}></span>`
 */
import { nothing } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

type Properties = Readonly<Record<string, string | number | undefined>>;

/** camelCase → kebab-case; custom properties (--x) are left as they are. */
const cssName = (name: string): string =>
  name.startsWith('--') ? name : name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

class StylePropsDirective extends Directive {
  private previous = new Set<string>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT)
      throw new Error('styleProps goes on an element: <div ${styleProps(…)}>');
  }

  render(_properties: Properties): typeof nothing {
    return nothing;
  }

  override update(part: ElementPart, [properties]: [Properties]): typeof nothing {
    const style = (part.element as HTMLElement).style;
    const current = new Set<string>();
    for (const [name, value] of Object.entries(properties)) {
      if (value === undefined) continue;
      const css = cssName(name);
      current.add(css);
      style.setProperty(css, String(value));
    }
    for (const css of this.previous) if (!current.has(css)) style.removeProperty(css);
    this.previous = current;
    return nothing;
  }
}

export const styleProps = directive(StylePropsDirective);
