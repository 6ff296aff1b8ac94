/** The version sent with every answer is the package's version. */
import { expect } from '@open-wc/testing';
import { VERSION } from '../../src/feedback-prompt/version.js';

describe('feedback-prompt VERSION', () => {
  it('matches package.json', async () => {
    const pkg = (await (await fetch('/package.json')).json()) as { version: string };
    expect(VERSION).to.equal(pkg.version);
  });
});
