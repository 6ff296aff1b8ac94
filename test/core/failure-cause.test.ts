import { expect } from '@open-wc/testing';
import { failureCause } from '../../src/core/failure-cause.js';
import { FeedLoadError, FeedParseError, FeedValidationError } from '../../src/feed/errors.js';
import { parseJson } from '../../src/feed/parse-json.js';

const PAGE = 'https://www.eskilstuna.se/kommun-och-politik/mal';

describe('failureCause', () => {
  it('404 and 410: no file at that address', () => {
    for (const status of [404, 410]) {
      const error = new FeedLoadError('x', 'http', 'https://www.eskilstuna.se/data/feed.json', status);
      expect(failureCause(error, PAGE, true)).to.deep.equal({
        key: 'causeNotFound',
        params: { url: 'https://www.eskilstuna.se/data/feed.json', status },
      });
    }
  });

  it('401 and 403: a login; other statuses: the server', () => {
    const url = 'https://intra.example/feed.json';
    expect(failureCause(new FeedLoadError('x', 'http', url, 403), PAGE, true).key).to.equal('causeForbidden');
    expect(failureCause(new FeedLoadError('x', 'http', url, 401), PAGE, true).key).to.equal('causeForbidden');
    expect(failureCause(new FeedLoadError('x', 'http', url, 503), PAGE, true).key).to.equal('causeHttp');
  });

  it('a failed fetch from another site while online: CORS, naming both sites', () => {
    const error = new FeedLoadError('x', 'network', 'https://data.kommun.example/insyn.json');
    expect(failureCause(error, PAGE, true)).to.deep.equal({
      key: 'causeCors',
      params: {
        url: 'https://data.kommun.example/insyn.json',
        origin: 'https://data.kommun.example',
        page: 'https://www.eskilstuna.se',
      },
    });
  });

  it('a failed fetch from the same site, or another port of it, is told apart', () => {
    const same = new FeedLoadError('x', 'network', 'https://www.eskilstuna.se/feed.json');
    expect(failureCause(same, PAGE, true).key).to.equal('causeNetwork');
    const port = new FeedLoadError('x', 'network', 'https://www.eskilstuna.se:8443/feed.json');
    expect(failureCause(port, PAGE, true).key).to.equal('causeCors');
  });

  it('offline beats CORS: the browser says so, and then nothing else can be told', () => {
    const error = new FeedLoadError('x', 'network', 'https://data.kommun.example/insyn.json');
    expect(failureCause(error, PAGE, false).key).to.equal('causeOffline');
  });

  it('a relative address that fails is the page’s own site', () => {
    const error = new FeedLoadError('x', 'network', '/data/feed.json');
    expect(failureCause(error, PAGE, true).key).to.equal('causeNetwork');
  });

  it('no source, a bad address, a web page, a timeout, bad JSON and an invalid feed', () => {
    expect(failureCause(new FeedLoadError('x', 'missing', ''), PAGE, true).key).to.equal('causeMissing');
    expect(failureCause(new FeedLoadError('x', 'missing', 'http://['), PAGE, true)).to.deep.equal({
      key: 'causeBadUrl',
      params: { url: 'http://[' },
    });
    expect(failureCause(new FeedLoadError('x', 'content-type', '/f.json'), PAGE, true).key).to.equal(
      'causeContentType',
    );
    expect(failureCause(new FeedLoadError('x', 'timeout', '/f.json'), PAGE, true).key).to.equal(
      'causeTimeout',
    );
    const parse = failureCause(new FeedParseError('x', 12, 5), PAGE, true);
    expect(parse.key).to.equal('causeParse');
    expect(parse.params).to.include({ line: 12, column: 5 });
    const invalid = new FeedValidationError('x', [{ path: '/goals/0/status', code: 'enum', message: 'm' }]);
    expect(failureCause(invalid, PAGE, true)).to.deep.equal({ key: 'causeInvalid', params: { count: 1 } });
  });

  it('a JSON syntax error says what is wrong in the reader’s language, where to fix it', () => {
    let error: unknown;
    try {
      parseJson('{\n  "version": 1\n  "goals": []\n}');
    } catch (caught) {
      error = caught;
    }
    expect(error).to.be.instanceOf(FeedParseError);
    const sv = failureCause(error as FeedParseError, PAGE, true, 'sv');
    const en = failureCause(error as FeedParseError, PAGE, true, 'en');
    expect(sv.params).to.include({ line: 2 });
    expect(String(sv.params.reason)).to.match(/kommatecken saknas/i);
    expect(String(en.params.reason)).to.match(/comma is missing/i);
  });
});
