/** The version sent with every answer, so the server can tell which client wrote it. */
export { VERSION } from '../core/version.js';
