// Browser tests in the system's headless Chrome/Chromium (found on PATH or through CHROME_PATH).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { reactEsm } from './test/browser/react-esm-plugin.mjs';
import { roundServer } from './test/browser/round-server.mjs';

export default {
  files: ['test/browser/**/*.test.ts'],
  nodeResolve: true,
  // A round server in memory (docs/PROTOCOL.md) for the elements' `endpoint` tests.
  middleware: [roundServer()],
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }), reactEsm()],
  browsers: [
    chromeLauncher({
      launchOptions: {
        args: ['--no-sandbox', '--headless=new', '--disable-gpu', '--disable-background-networking',
          '--disable-component-update', '--no-first-run', '--disable-sync'],
      },
    }),
  ],
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  coverageConfig: { include: ['src/**/*.ts'] },
};
