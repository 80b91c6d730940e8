// A small browser-test harness: the built site served by Vite's preview() on a free port,
// Debian's Chromium through playwright-core, sequential tests with a pass/fail tally, and pages
// that record every console error, page error and CSP violation.
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { preview } from 'vite';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const RESULTS_DIR = 'test-results';

export async function startPreview(outDir = 'dist') {
  const server = await preview({
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false },
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('preview server has no port');
  return { server, baseUrl: `http://127.0.0.1:${address.port}/` };
}

/** Features of the browser's own that no test needs: the address bar's hidden WebUI popups,
 * which every new window loads (see chromium.sh, which passes them on with Playwright's). */
const DISABLED_FEATURES = ['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup'];

export function launchBrowser() {
  return chromium.launch({
    executablePath: fileURLToPath(new URL('./chromium.sh', import.meta.url)),
    env: { ...process.env, CHROMIUM_PATH },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      `--disable-features=${DISABLED_FEATURES.join(',')}`,
    ],
  });
}

export function chromiumAvailable() {
  return existsSync(CHROMIUM_PATH);
}

/** A page that collects problems; `problems()` lists them, minus the ones a test expects. */
export async function openPage(browser, { width = 1440, height = 900 } = {}) {
  const page = await browser.newPage({ viewport: { width, height } });
  const problems = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning')
      problems.push(`console.${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('dialog', (d) => {
    problems.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  await page.exposeFunction('__reportCsp', (text) => problems.push(`CSP violation: ${text}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__reportCsp(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'}`);
    });
  });
  return {
    page,
    problems: (allowed = []) => problems.filter((p) => !allowed.some((re) => re.test(p))),
  };
}

export function assert(condition, message) {
  if (!condition) throw new Error(message);
}

export function assertNoProblems(list) {
  assert(list.length === 0, `unexpected console output:\n    ${list.join('\n    ')}`);
}

/** Count of chart pixels that are neither transparent nor near-white. */
export function inkedPixels(page, chartId) {
  return page.evaluate((id) => {
    const canvas = document.querySelector(`[data-chart="${id}"] canvas`);
    if (!canvas) return 0;
    const ctx = canvas.getContext('2d');
    const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
    let inked = 0;
    for (let i = 0; i < data.length; i += 4) {
      const light = data[i] > 235 && data[i + 1] > 235 && data[i + 2] > 235;
      if (data[i + 3] > 0 && !light) inked++;
    }
    return inked;
  }, chartId);
}

export async function screenshot(page, name) {
  await mkdir(RESULTS_DIR, { recursive: true });
  const path = `${RESULTS_DIR}/${name}.png`;
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** Runs the tests one after another; each gets a fresh page context. */
/** Runs the tests one after another, printing each as it ends with its time. */
export async function runTests(tests, context) {
  let passed = 0;
  let failed = 0;
  for (const { name, fn } of tests) {
    const start = performance.now();
    const took = () => `(${((performance.now() - start) / 1000).toFixed(1)} s)`;
    try {
      await fn(context);
      passed++;
      console.log(`  ✓ ${name} ${took()}`);
    } catch (error) {
      failed++;
      const message = error instanceof Error ? error.message : String(error);
      console.log(`  ✗ ${name} ${took()}\n    ${message}`);
    }
  }
  return { passed, failed };
}
