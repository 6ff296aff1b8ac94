/**
 * Defines one tag, never throwing when it is taken (a CMS may load the script twice). Kept in
 * its own module so that a one-element bundle does not pull in the other four classes.
 */
import { VERSION, VERSION_KEY } from '../core/version.js';

/**
 * Every copy of Insyn evaluated on the page adds its version here, so the second copy can say
 * which two met. A global symbol, because two bundles share nothing else.
 */
const COPIES = Symbol.for('insyn.copies');

type Registry = { [COPIES]?: string[] };

let announced = false;
/** Whether another copy of Insyn had registered before this one. */
let otherCopy = false;

/** Registers this copy once; when another copy came first, warns once, naming both versions. */
function announceCopy(): void {
  if (announced) return;
  announced = true;
  const registry = globalThis as Registry;
  const copies = (registry[COPIES] ??= []);
  if (copies.length > 0) {
    otherCopy = true;
    const first = copies[0];
    const which = first === VERSION ? `${VERSION} is loaded twice` : `${first} (loaded first) and ${VERSION}`;
    console.warn(
      `[insyn] Two copies of Insyn on this page: ${which}. The tags keep the first copy's elements; ` +
        `load one script, or give the second copy its own tags with defineElements({ prefix }).`,
    );
  }
  copies.push(VERSION);
}

export function defineElement(name: string, constructor: CustomElementConstructor): void {
  announceCopy();
  const existing = customElements.get(name);
  if (existing === constructor) return;
  if (existing) {
    // Another Insyn copy holding the tag was named once above; anything else is named here.
    if (!(otherCopy && VERSION_KEY in existing)) {
      console.warn(
        `[insyn] <${name}> is already defined by another script; keeping that one. Use a prefix to avoid the clash.`,
      );
    }
    return;
  }
  customElements.define(name, constructor);
}
