/**
 * Defines all five Insyn elements under their plain names. It also exports `defineElements`, so a
 * page that meets a second copy of Insyn can give that copy tags of its own:
 * `import { defineElements } from '…/insyn.js'; defineElements({ prefix: 'esk' })`.
 */
import { defineElements } from './registry.js';

export { defineElements } from './registry.js';
export { VERSION } from '../core/version.js';

defineElements();
