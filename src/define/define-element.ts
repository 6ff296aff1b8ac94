/**
 * Defines one tag, never throwing when it is taken (a CMS may load the script twice). Kept in
 * its own module so that a one-element bundle does not pull in the other four classes.
 */
export function defineElement(name: string, constructor: CustomElementConstructor): void {
  const existing = customElements.get(name);
  if (existing === constructor) return;
  if (existing) {
    console.warn(
      `[insyn] <${name}> is already defined by another script; keeping that one. Use a prefix to avoid the clash.`,
    );
    return;
  }
  customElements.define(name, constructor);
}
