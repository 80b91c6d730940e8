// Browser tests: serve dist/ with Vite's preview() → Chromium → tests/e2e/dashboard.mjs →
// "N passed, N failed". Without Chromium the tests are skipped loudly, and under CI=true that
// is a failure: a green CI must mean the browser tests ran.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import {
  CHROMIUM_PATH,
  chromiumAvailable,
  launchBrowser,
  runTests,
  startPreview,
} from './harness.mjs';

const inCi = process.env.CI === 'true';

if (!chromiumAvailable()) {
  console.error(`\n!!! Chromium not found at ${CHROMIUM_PATH}: browser tests skipped.`);
  console.error('!!! Install it with: apt-get install -y chromium fonts-noto-cjk');
  if (inCi) {
    console.error('!!! CI=true: skipped browser tests fail the build.');
    process.exit(1);
  }
  console.error('!!! browser tests skipped (not CI, exiting 0)\n');
  process.exit(0);
}
// Without a CJK font Chromium draws boxes for every Chinese character and the screenshots lie.
if (!hasCjkFont()) {
  console.error(
    '\n!!! No Chinese font found (fc-list :lang=zh): apt-get install -y fonts-noto-cjk',
  );
  if (inCi) process.exit(1);
}
if (!existsSync('dist/index.html')) {
  console.error('dist/index.html is missing: run `npm run build` first (npm run test:e2e does).');
  process.exit(1);
}

function hasCjkFont() {
  try {
    return execFileSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' }).trim() !== '';
  } catch {
    return true; // no fontconfig tools to ask: let the tests and screenshots speak
  }
}

let tests;
try {
  ({ tests } = await import('./dashboard.mjs'));
} catch (error) {
  console.error('Could not load the browser tests:', error);
  console.log('0 passed, 1 failed');
  process.exit(1);
}
const { server, baseUrl } = await startPreview();
const browser = await launchBrowser();
let result = { passed: 0, failed: tests.length };
try {
  console.log(`Browser tests against ${baseUrl} (${CHROMIUM_PATH})`);
  result = await runTests(tests, { browser, baseUrl });
} finally {
  await browser.close();
  await server.close();
}
console.log(`${result.passed} passed, ${result.failed} failed`);
process.exit(result.failed > 0 ? 1 : 0);
