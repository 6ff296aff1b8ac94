/**
 * The library's version: sent with every feedback answer, and named when two copies of Insyn
 * meet on one page. Kept by hand in step with package.json's "version";
 * test/core/version.test.ts fails when they differ.
 */
export const VERSION = '0.1.0';

/**
 * Set on every Insyn element class, so a tag held by another copy of Insyn can be told from a tag
 * held by another library. A global symbol, because two bundles share nothing else.
 */
export const VERSION_KEY = Symbol.for('insyn.version');
