/**
 * The element version sent with every answer, so the server can tell which client wrote it.
 * Kept by hand in step with package.json's "version"; test/feedback-prompt/version.test.ts fails
 * when they differ.
 */
export const VERSION = '0.1.0';
