// The opening-hours engine must answer the same whatever the visitor's time zone: this runs its
// tests in Chromium started with other TZ settings, one browser per zone. The test checks that the
// browser really runs in the zone it was given (window.insynExpectedTimeZone), so a launcher that
// ignored TZ could not pass silently in the machine's own zone.
//
//   npx wtr --config web-test-runner.tz.config.mjs
import { chromeLauncher } from '@web/test-runner-chrome';
import base from './web-test-runner.config.mjs';

const FILES = ['test/contact-card/opening-hours.test.ts'];
// West of UTC with its own DST; a half-hour offset; UTC; and +12:45/+13:45, where the local date is
// a day ahead of Stockholm's for most of the day.
const ZONES = ['America/New_York', 'Asia/Kolkata', 'UTC', 'Pacific/Chatham'];

const executablePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/** The same Chromium as web-test-runner.config.mjs, with TZ set in its environment. */
const chromiumIn = (zone) =>
  chromeLauncher({
    launchOptions: {
      executablePath,
      headless: true,
      env: { ...process.env, TZ: zone },
      args: [
        '--no-sandbox',
        '--disable-dev-shm-usage',
        '--disable-gpu',
        '--disable-background-networking',
        '--lang=sv-SE',
      ],
    },
  });

export default {
  ...base,
  // No default group: only the groups below run (base.files would run everything again).
  files: undefined,
  groups: ZONES.map((zone) => ({
    name: `TZ=${zone}`,
    files: FILES,
    browsers: [chromiumIn(zone)],
    testRunnerHtml: (testFramework) => `<!doctype html>
<html>
  <head><script>window.insynExpectedTimeZone = ${JSON.stringify(zone)};</script></head>
  <body><script type="module" src="${testFramework}"></script></body>
</html>`,
  })),
};
