// Every view on both shipped datasets, and the URL as the state: each view renders with every
// chart ready and no console problem, a link reproduces the view in a fresh page, back/forward
// walk the history, a bad link falls back with a notice, English switches the chrome, and a
// phone-sized screen does not scroll sideways.
import { assert, assertNoProblems, openPage, screenshot } from '../harness.mjs';

const VIEWS = ['overview', 'trends', 'compare', 'requests', 'appeals', 'quality', 'unit'];
const DATASETS = ['samples', 'demo'];

/** Waits until the view is drawn: no panel pending, no chart still loading. */
export async function settled(page, view) {
  await page.waitForSelector(`[data-view-body="${view}"]`, { timeout: 15000 });
  await page.waitForFunction(
    () =>
      document.querySelector('[data-panel]') !== null &&
      document.querySelectorAll('[data-panel][data-status="pending"]').length === 0 &&
      document.querySelectorAll('[data-chart][data-state="loading"]').length === 0,
    null,
    { timeout: 20000 },
  );
}

export async function chartStates(page) {
  return page.$$eval('[data-chart]', (els) =>
    els.map((e) => ({
      id: e.getAttribute('data-chart'),
      state: e.getAttribute('data-state'),
      digest: e.getAttribute('data-option-digest'),
    })),
  );
}

const perView = DATASETS.flatMap((ds) =>
  VIEWS.map((view) => ({
    name: `${view} on ${ds}: renders, every chart ready, no console problem`,
    fn: async ({ browser, baseUrl }) => {
      const { page, problems } = await openPage(browser, { width: 1280, height: 720 });
      await page.goto(`${baseUrl}?ds=${ds}&view=${view}`);
      await settled(page, view);
      const crashed = await page.locator('[data-status="crashed"]').count();
      assert(crashed === 0, `${crashed} panel(s) crashed`);
      const charts = await chartStates(page);
      const broken = charts.filter((c) => c.state === 'error');
      assert(broken.length === 0, `charts in error: ${broken.map((c) => c.id).join(', ')}`);
      if (view !== 'unit')
        assert(
          charts.some((c) => c.state === 'ready'),
          'no chart drawn',
        );
      if (ds === 'demo') {
        assert(
          (await page.locator('[data-simulated-banner]').count()) === 1,
          '模拟数据 not marked',
        );
      }
      await screenshot(page, `view-${view}-${ds}`);
      assertNoProblems(problems());
      await page.close();
    },
  })),
);

export const tests = [
  ...perView,
  {
    name: 'a copied link reproduces the same view and charts in a fresh page',
    fn: async ({ browser, baseUrl }) => {
      const first = await openPage(browser);
      await first.page.goto(`${baseUrl}?ds=demo&view=trends`);
      await settled(first.page, 'trends');
      await first.page.selectOption('[data-filter="scope"]', { index: 1 });
      await settled(first.page, 'trends');
      const url = first.page.url();
      assert(url.includes('scope='), `the scope is not in the URL: ${url}`);
      const before = await chartStates(first.page);
      const second = await openPage(browser);
      await second.page.goto(url);
      await settled(second.page, 'trends');
      const after = await chartStates(second.page);
      assert(
        JSON.stringify(after) === JSON.stringify(before),
        `charts differ:\n${JSON.stringify(before)}\n${JSON.stringify(after)}`,
      );
      assertNoProblems([...first.problems(), ...second.problems()]);
      await first.page.close();
      await second.page.close();
    },
  },
  {
    name: 'back and forward walk through views and selections',
    fn: async ({ browser, baseUrl }) => {
      const { page, problems } = await openPage(browser);
      await page.goto(`${baseUrl}?ds=samples`);
      await settled(page, 'overview');
      await page.click('[data-view-tab="quality"]');
      await settled(page, 'quality');
      await page.selectOption('[data-filter="year"]', '2023');
      await page.waitForURL(/year=2023/);
      await page.goBack();
      await page.waitForURL((u) => !u.search.includes('year=2023'));
      await settled(page, 'quality');
      await page.goBack();
      await settled(page, 'overview');
      await page.goForward();
      await settled(page, 'quality');
      assertNoProblems(problems());
      await page.close();
    },
  },
  {
    name: 'a link with values the data does not have falls back with a visible notice',
    fn: async ({ browser, baseUrl }) => {
      const { page, problems } = await openPage(browser);
      await page.goto(`${baseUrl}?ds=samples&view=nope&year=1999&scope=unit:无此单位`);
      await settled(page, 'overview');
      const notice = await page.locator('[data-url-notices]').innerText();
      for (const part of ['view', 'year', 'scope']) {
        assert(notice.includes(part), `no notice for ${part}: ${notice}`);
      }
      assertNoProblems(problems());
      await page.close();
    },
  },
  {
    name: 'English switches the page chrome and is kept in the link',
    fn: async ({ browser, baseUrl }) => {
      const { page, problems } = await openPage(browser);
      await page.goto(`${baseUrl}?ds=samples`);
      await settled(page, 'overview');
      await page.click('[data-lang="en"]');
      await page.waitForURL(/lang=en/);
      assert((await page.getAttribute('html', 'lang')) === 'en', 'html lang is not en');
      const tabs = await page.locator('.view-tabs').innerText();
      assert(tabs.includes('Overview') && tabs.includes('Quality'), `tabs read: ${tabs}`);
      for (const view of VIEWS) {
        await page.click(`[data-view-tab="${view}"]`);
        await settled(page, view);
        await screenshot(page, `view-${view}-en`);
      }
      assertNoProblems(problems());
      await page.close();
    },
  },
  {
    name: 'a phone-sized screen shows every view without sideways scrolling',
    fn: async ({ browser, baseUrl }) => {
      const { page, problems } = await openPage(browser, { width: 390, height: 844 });
      for (const view of VIEWS) {
        await page.goto(`${baseUrl}?ds=demo&view=${view}`);
        await settled(page, view);
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - window.innerWidth,
        );
        assert(overflow <= 1, `${view} scrolls sideways by ${overflow}px`);
      }
      await screenshot(page, 'phone-unit');
      assertNoProblems(problems());
      await page.close();
    },
  },
];
