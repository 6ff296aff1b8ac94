/**
 * The next page load, for real: this file is a fresh page, so the page outbox does not exist
 * yet. An element connected to a page whose outbox holds answers loads the flow, which makes
 * the outbox, which sends them. The outbox lives in sessionStorage here (localStorage is made
 * to refuse, as in some private modes), which also keeps it apart from the other test files
 * that share this origin's localStorage.
 */
import { expect, waitUntil } from '@open-wc/testing';
import '../../src/define/feedback-prompt.js';
import type { FeedbackBody } from '../../src/feedback-prompt/queue.js';
import { OUTBOX_KEY } from '../../src/feedback-prompt/storage.js';
import { VERSION } from '../../src/feedback-prompt/version.js';
import { container, removeContainers, waitForState } from '../support/a11y.js';
import { bucketName, endpointUrl, received } from './endpoint.js';

describe('<feedback-prompt> on the next page load', () => {
  afterEach(() => {
    removeContainers();
    sessionStorage.removeItem(OUTBOX_KEY);
  });

  it('sends what the outbox holds as soon as an element is on the page, without any click', async () => {
    const { setItem } = Storage.prototype;
    Storage.prototype.setItem = function (this: Storage, key: string, value: string): void {
      if (this === localStorage) throw new DOMException('blocked', 'SecurityError');
      setItem.call(this, key, value);
    };
    try {
      const bucket = bucketName('next-load');
      const body: FeedbackBody = {
        idempotencyKey: crypto.randomUUID(),
        page: '/forra-sidan',
        answer: 'no',
        comment: '',
        lang: 'sv',
        version: VERSION,
        createdAt: new Date(Date.now() - 60_000).toISOString(),
      };
      const endpoint = new URL(endpointUrl(bucket), location.href).href;
      sessionStorage.setItem(OUTBOX_KEY, JSON.stringify([{ endpoint, body, queuedAt: Date.now() - 60_000 }]));

      const el = document.createElement('feedback-prompt');
      el.endpoint = endpointUrl(bucketName('unused'));
      el.page = '/den-nya-sidan';
      container().append(el);
      await waitForState(el, 'ready');

      await waitUntil(async () => (await received(bucket)).stored === 1, 'the waiting answer is stored', {
        timeout: 4000,
      });
      expect((await received(bucket)).bodies).to.deep.equal([body]);
      await waitUntil(() => sessionStorage.getItem(OUTBOX_KEY) === null, 'the outbox is empty');
    } finally {
      Storage.prototype.setItem = setItem;
    }
  });
});
