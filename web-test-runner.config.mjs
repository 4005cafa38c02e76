// Every test runs in Debian's Chromium, headless: widgets, the data contract and the extractor alike, so what
// passes here is what a reader's browser does. The widget suites also run in Firefox and WebKit, the engines of
// the other readers. BROWSERS=chromium (or any comma-separated subset) runs fewer while developing.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { visualRegressionPlugin } from '@web/test-runner-visual-regression/plugin';
import { chromiumLauncher, firefoxLauncher, selectedEngines, webkitLauncher } from './test/helpers/engines.mjs';

const ALL = process.env.TEST_FILES ?? 'test/**/*.test.ts';
// What a reader's page runs: the widgets in every state, their controllers and turns alone, bad data, the network,
// accessibility, the script tag, the README's snippets. The extractor, the data contract and Studio are the same code
// in every engine: Chromium runs them.
const WIDGET_SUITES = process.env.TEST_FILES ?? [
  'test/components/**/*.test.ts',
  'test/shared/**/*.test.ts',
  'test/security/{a11y,bad-data,network,xss}.test.ts',
  'test/build/**/*.test.ts',
  'test/docs/**/*.test.ts',
  'test/visual/**/*.test.ts',
];
const LAUNCHERS = { chromium: chromiumLauncher, firefox: firefoxLauncher, webkit: webkitLauncher };
const groups = selectedEngines().map((engine) => ({ name: engine, files: engine == 'chromium' ? ALL : WIDGET_SUITES, browsers: [LAUNCHERS[engine]()] }));


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
  groups,
  nodeResolve: true,
  // Lit's dev build catches mistakes in tests; its banner on every file says nothing new.
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  // One tab at a time: a hidden tab gets no animation frames, and fixtures wait for one.
  concurrency: 1,
  // The three engines share two cores: WebKit's run of the XSS suite (38,352 renders) can pass the default two minutes
  // a file gets while Chromium runs the extractor's suites beside it.
  testsFinishTimeout: 300000,
  testFramework: { config: { timeout: 10000 } },
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'auto' }),
    // Pictures per engine (test/visual): a widget may differ from its baseline by 1 % of its pixels at most.
    visualRegressionPlugin({ baseDir: 'test/visual/screenshots', update: process.env.UPDATE_SCREENSHOTS == '1', failureThreshold: 1, failureThresholdType: 'percent' }),
  ],
};
