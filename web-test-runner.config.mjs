// Tests run in Debian's Chromium (no browser download). CHROME_PATH overrides the executable.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { faultServerPlugin } from './test/support/fault-server-plugin.mjs';
import { feedbackEndpointPlugin } from './test/support/feedback-endpoint-plugin.mjs';
import { feedbackServicePlugin } from './test/support/feedback-service-plugin.mjs';

const executablePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['development'] },
  rootDir: '.',
  // One test file at a time. With two, one page is a background tab, which Chromium does not
  // render: ResizeObserver never fires there, so tests of elements that follow their own width
  // (a phone layout, a table that scrolls only when too wide) time out. Costs about half again
  // the time (about 2.5 minutes in all).
  concurrency: 1,
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }),
    faultServerPlugin(),
    feedbackEndpointPlugin(),
    // The real feedback service from server/lib/ (built by `npm run build`), for test/feedback-service/.
    feedbackServicePlugin(),
  ],
  // Lit's dev build (for its warnings) announces itself in every file; that line is noise.
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  testFramework: { config: { timeout: 10000 } },
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-dev-shm-usage',
          '--disable-gpu',
          '--disable-background-networking',
          '--lang=sv-SE',
        ],
      },
    }),
  ],
};
