// Browser tests: serve the built site with Vite's preview() → Chromium → dashboard.mjs and
// every tests/e2e/specs/*.mjs → "N passed, N failed". E2E_SPEC=name[,name…] runs those spec files;
// E2E_DIST=dir serves another build folder (so parallel work does not share dist/). Without Chromium the tests are skipped loudly, and under CI=true that
// is a failure: a green CI must mean the browser tests ran.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
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
const DIST = process.env.E2E_DIST || 'dist';
if (!existsSync(`${DIST}/index.html`)) {
  console.error(
    `${DIST}/index.html is missing: run \`npm run build\` first (npm run test:e2e does).`,
  );
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
  tests = await loadTests(process.env.E2E_SPEC);
} catch (error) {
  console.error('Could not load the browser tests:', error);
  console.log('0 passed, 1 failed');
  process.exit(1);
}
const { server, baseUrl } = await startPreview(DIST);
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

async function loadTests(only) {
  const specs = readdirSync(new URL('./specs/', import.meta.url))
    .filter((f) => f.endsWith('.mjs'))
    .sort()
    .map((f) => `./specs/${f}`);
  const names = only ? only.split(',') : null;
  const files = ['./dashboard.mjs', ...specs].filter(
    (f) => !names || names.some((n) => f.endsWith(`/${n}.mjs`) || f === `./${n}.mjs`),
  );
  if (files.length === 0) throw new Error(`no browser spec named ${only}`);
  const modules = await Promise.all(files.map((f) => import(f)));
  return modules.flatMap((m, i) =>
    m.tests.map((t) => ({
      ...t,
      name: `[${files[i].replace(/^.*\//, '').replace('.mjs', '')}] ${t.name}`,
    })),
  );
}
