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
  // Two test files at a time: CI machines have two cores.
  concurrency: 2,
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
