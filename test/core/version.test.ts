/** The version sent with every answer and named in the two-copies warning is the package's. */
import { expect } from '@open-wc/testing';
import { VERSION } from '../../src/core/version.js';

describe('VERSION', () => {
  it('matches package.json', async () => {
    const pkg = (await (await fetch('/package.json')).json()) as { version: string };
    expect(VERSION).to.equal(pkg.version);
  });
});
