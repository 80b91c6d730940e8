// The first view's code as a visitor meets it (issue 6, bundle budget): the overview draws every
// chart before the tooltip's code is asked for; a pointer that reaches a chart before that code
// has arrived still gets its tooltip, in place, without moving again; every other view opens
// from a deep link in a fresh page, showing a pending panel (not an empty page) while its code
// loads, and loads none of the other views' code.
import { assert, assertNoProblems, openPage, screenshot } from '../harness.mjs';

const TOOLTIP_CHUNK = /\/assets\/echarts-tooltip-[\w-]+\.js$/;
const VIEW_CHUNK = /\/assets\/(trends|compare|requests|appeals|quality|unit-profile|import)-view-/;
const CHART = 'trend-requestsNew';

/** Every chart on the page drawn, no panel pending. */
function allDrawn() {
  const charts = [...document.querySelectorAll('[data-chart]')];
  return (
    charts.length > 0 &&
    document.querySelectorAll('[data-panel][data-status="pending"]').length === 0 &&
    charts.every((c) => c.getAttribute('data-state') === 'ready')
  );
}

export const tests = [
  {
    name: 'the overview draws every chart before the tooltip code is requested; a waiting pointer gets its tooltip when it arrives',
    fn: async ({ browser, baseUrl }) => {
      const { page, problems } = await openPage(browser);
      let requestedWhileDrawn = null;
      let release;
      const held = new Promise((resolve) => (release = resolve));
      await page.route(TOOLTIP_CHUNK, async (route) => {
        requestedWhileDrawn = await page.evaluate(allDrawn).catch(() => null);
        await held; // the tooltip code arrives only once the pointer is over the chart
        await route.continue();
      });
      const views = [];
      page.on('request', (r) => VIEW_CHUNK.test(r.url()) && views.push(r.url()));
      await page.goto(baseUrl);
      await page.waitForFunction(allDrawn, null, { timeout: 20000 });
      const canvas = page.locator(`[data-chart="${CHART}"] canvas`).first();
      await canvas.scrollIntoViewIfNeeded();
      const box = await canvas.boundingBox();
      assert(box, 'no chart canvas');
      await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.6);
      await page.waitForTimeout(300);
      assert(
        (await page.locator(`[data-chart="${CHART}"] .tt-title`).count()) === 0,
        'a tooltip was shown before its code arrived',
      );
      release();
      await page.waitForSelector(`[data-chart="${CHART}"] .tt-title`, { timeout: 10000 });
      assert(
        requestedWhileDrawn === true,
        'the tooltip code was requested before every chart was drawn',
      );
      const tip = await page.locator(`[data-chart="${CHART}"] .tt`).first().innerText();
      assert(/20\d\d/.test(tip) && tip.includes('本年新收'), `tooltip reads: ${tip}`);
      assert(
        (await page.evaluate(
          (id) => document.querySelector(`[data-chart="${id}"]`)?.getAttribute('data-state'),
          CHART,
        )) === 'ready',
        'the chart is not drawn after the tooltip arrived',
      );
      assert(views.length === 0, `the overview loaded other views' code: ${views.join(', ')}`);
      await screenshot(page, 'first-view-tooltip');
      assertNoProblems(problems());
      await page.close();
    },
  },
  {
    name: 'once drawn, no overview chart is drawn again when the code that waits for the first view arrives',
    fn: async ({ browser, baseUrl }) => {
      const { page, problems } = await openPage(browser, { width: 1920, height: 1080 });
      // Every change of a chart's state, from the first one.
      await page.addInitScript(() => {
        const log = (window.__chartStates = []);
        new MutationObserver((records) => {
          for (const r of records) {
            const id = r.target.getAttribute('data-chart');
            if (id) log.push(`${id} ${r.oldValue} → ${r.target.getAttribute('data-state')}`);
          }
        }).observe(document, {
          subtree: true,
          attributeFilter: ['data-state'],
          attributeOldValue: true,
        });
      });
      const later = ['user-datasets-read', 'print-frame', 'echarts-tooltip'].map((stem) =>
        page.waitForResponse(new RegExp(`/assets/${stem}-[\\w-]+\\.js$`), { timeout: 20000 }),
      );
      await page.goto(`${baseUrl}?ds=demo`);
      await page.waitForFunction(allDrawn, null, { timeout: 20000 });
      await Promise.all(later);
      // Time for the user's datasets (none here) to be listed and a chart to be drawn again.
      await page.waitForTimeout(1000);
      await page.waitForFunction(allDrawn, null, { timeout: 10000 });
      const log = await page.evaluate(() => window.__chartStates);
      const redrawn = log.filter((l) => l.includes('ready → loading'));
      assert(
        redrawn.length === 0,
        `charts drawn again without a new choice: ${redrawn.join('; ')}`,
      );
      assertNoProblems(problems());
      await page.close();
    },
  },
  ...['trends', 'compare', 'requests', 'appeals', 'quality', 'unit', 'import'].map((view) => ({
    name: `a deep link to ${view} shows a pending panel while its code loads, then the view`,
    fn: async ({ browser, baseUrl }) => {
      const { page, problems } = await openPage(browser);
      let release;
      const held = new Promise((resolve) => (release = resolve));
      const stem = view === 'unit' ? 'unit-profile' : view;
      await page.route(new RegExp(`/assets/${stem}-view-[\\w-]+\\.js$`), async (route) => {
        await held;
        await route.continue();
      });
      await page.goto(`${baseUrl}?view=${view}`);
      await page.waitForSelector(`[data-panel="view-${view}"][data-status="pending"]`, {
        timeout: 15000,
      });
      assert(
        (await page
          .locator('[data-view-tab][aria-current="page"]')
          .getAttribute('data-view-tab')) === view,
        'the tab of the linked view is not current',
      );
      release();
      await page.waitForSelector(`[data-panel="view-${view}"]`, {
        state: 'detached',
        timeout: 15000,
      });
      await page.waitForFunction(
        () => document.querySelectorAll('[data-panel][data-status="pending"]').length === 0,
        null,
        { timeout: 20000 },
      );
      const crashed = await page.locator('[data-status="crashed"]').count();
      assert(crashed === 0, `${crashed} panel(s) crashed`);
      assert(
        (await page.locator(`[data-view-body="${view}"] [data-panel]`).count()) > 0,
        'the view drew no panel',
      );
      assertNoProblems(problems());
      await page.close();
    },
  })),
];
