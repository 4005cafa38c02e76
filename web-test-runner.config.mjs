// Every test runs in Debian's Chromium, headless: widgets, the data contract and the extractor alike,
// so what passes here is what a reader's browser does.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROMIUM_FLAGS } from './test/helpers/chromium-flags.mjs';


// The figures a security reviewer asks for are printed by each suite (`payloads: …, executed: 0`);
// this gathers them into one block at the end of the run.
const FIGURE = /^(payloads|bad data|network|a11y|extractor stress):/;
function figuresSummary() {
  return {
    onTestRunFinished({ sessions }) {
      const lines = sessions.flatMap((session) => session.logs.map((args) => String(args[0])).filter((line) => FIGURE.test(line)));
      if (lines.length) console.log(`\nRobustness figures\n${lines.map((line) => `  ${line}`).join('\n')}\n`);
    },
  };
}

export default {
  reporters: [defaultReporter(), figuresSummary()],
  files: process.env.TEST_FILES ?? 'test/**/*.test.ts',
  nodeResolve: true,
  // Lit's dev build catches mistakes in tests; its banner on every file says nothing new.
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  // One tab at a time: a hidden tab gets no animation frames, and fixtures wait for one.
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  plugins: [esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'auto' })],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', headless: true, args: CHROMIUM_FLAGS },
    }),
  ],
};
