// Accessibility in the browser. axe-core on every view (the unit profile with a unit chosen,
// and its picker) and on the states of ../page-states.mjs (presentation mode, the print dialog,
// the unit one-pager as printed, the import view previewing a report, listing a dataset file
// and after saving it) on both shipped datasets and in both languages, after every chart is drawn and
// with every data table open: any violation of impact serious or critical fails, listed with
// rule, impact and elements (moderate and minor ones are printed; AXE_ALL=1 prints every node
// with axe's reason). The built page's CSP refuses injected scripts, as it should: axe goes
// into a browser context that bypasses CSP for this test only; the CSP itself is tested by
// the other specs. Then: the 图案 / Patterns switch (every chart redrawn with patterns, the
// exports too), the keyboard (skip link, Tab through every view, focus rings, no trap,
// Enter/Space), and the remembered language.
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { assert, assertNoProblems, openPage, screenshot } from '../harness.mjs';
import { PAGE_STATES } from '../page-states.mjs';
import { settled } from './views.mjs';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const VIEWS = ['overview', 'trends', 'compare', 'requests', 'appeals', 'quality', 'unit', 'import'];
// Each dataset once and each language once: what axe checks (names, roles, contrast, landmarks)
// comes from the page's markup, which the data and the words fill in but do not shape. All four
// pairs took over 2 of the browser tests' 11 minutes, and none found what the others did not.
const TOURS = [
  { ds: 'samples', lang: 'zh' },
  { ds: 'demo', lang: 'en' },
];
const FAILING = new Set(['serious', 'critical']);

/** A page in a context that lets axe in; console problems are collected as in openPage. */
export async function openAxePage(browser, viewport = { width: 1280, height: 800 }) {
  const context = await browser.newContext({ bypassCSP: true, viewport });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console.error: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  return { page, problems, close: () => context.close() };
}

/** Opens a view by its tab, as a reader does, and waits until it is drawn (unit: the first
 * unit of the picker, chosen). */
async function openView(page, view) {
  await page.click(`[data-view-tab="${view}"]`);
  if (view === 'import') {
    await page.waitForSelector('[data-file-input]', { timeout: 15000 });
    return;
  }
  await settled(page, view);
  if (view !== 'unit') return;
  await page.locator('[data-unit-link]').first().click();
  await page.waitForSelector('[data-panel="table-3"][data-status="success"]', { timeout: 15000 });
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll('[data-chart]')].every((c) =>
        ['ready', 'empty'].includes(c.getAttribute('data-state')),
      ),
    null,
    { timeout: 15000 },
  );
}

/** Opens every chart's data table, so its markup is checked too. */
async function openTables(page) {
  const toggles = page.locator(
    '[data-toggle-table][aria-expanded="false"]:not([disabled]):visible',
  );
  for (let n = await toggles.count(); n > 0; n--) await toggles.first().click();
  // An opened table draws once its code has arrived (it loads after the first view).
  await page.waitForFunction(() => !document.querySelector('[data-figure-table-pending]'));
}

/** axe's results for the whole page: every violation, with impact and the elements' selectors. */
export async function runAxe(page) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE });
  return page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target.join(' '), summary: n.failureSummary })),
    }));
  });
}

function describe(where, v) {
  const nodes = v.nodes
    .slice(0, process.env.AXE_ALL ? 1000 : 5)
    .map(
      (n) =>
        `\n        ${n.target}${process.env.AXE_ALL ? ` — ${n.summary.replace(/\s+/g, ' ')}` : ''}`,
    )
    .join('');
  const more = v.nodes.length > 5 ? `\n        … ${v.nodes.length - 5} more` : '';
  return `${where}: ${v.id} (${v.impact}, ${v.nodes.length} node(s)) ${v.help}${nodes}${more}`;
}

const perDataset = TOURS.map(({ ds, lang }) => ({
  name: `axe on every view, ${ds}, ${lang}: no serious or critical violation`,
  fn: async ({ browser, baseUrl }) => {
    const { page, problems, close } = await openAxePage(browser);
    const failing = [];
    const minor = [];
    try {
      // The unit picker (no unit chosen) is a page of its own, checked before the views.
      await page.goto(`${baseUrl}?ds=${ds}&lang=${lang}&view=unit`);
      await settled(page, 'unit');
      for (const v of await runAxe(page))
        (FAILING.has(v.impact) ? failing : minor).push(describe('unit picker', v));
      for (const view of VIEWS) {
        await openView(page, view);
        await openTables(page);
        for (const v of await runAxe(page))
          (FAILING.has(v.impact) ? failing : minor).push(describe(view, v));
        if (view === 'compare') await screenshot(page, `a11y-compare-${lang}`);
      }
      for (const state of PAGE_STATES) {
        await state.open(page, baseUrl, { ds, lang });
        await openTables(page);
        for (const v of await runAxe(page))
          (FAILING.has(v.impact) ? failing : minor).push(describe(state.name, v));
        await state.close?.(page);
      }
    } finally {
      await close();
    }
    if (minor.length > 0)
      console.log(`    (moderate/minor, not failing)\n    ${minor.join('\n    ')}`);
    assert(failing.length === 0, `${failing.length} violation(s):\n    ${failing.join('\n    ')}`);
    assert(problems.length === 0, `console problems:\n    ${problems.join('\n    ')}`);
  },
}));

/** A fingerprint of each drawn chart's pixels (every canvas layer: ECharts draws a heatmap's
 * cells on a layer of their own), by chart id. */
function pixelPrints(page) {
  return page.$$eval('[data-chart][data-state="ready"]', (charts) =>
    Object.fromEntries(
      charts.map((c) => {
        let h = 0x811c9dc5;
        for (const canvas of c.querySelectorAll('canvas')) {
          const png = canvas.toDataURL();
          for (let i = 0; i < png.length; i++) h = Math.imul(h ^ png.charCodeAt(i), 0x01000193);
        }
        return [c.getAttribute('data-chart'), h >>> 0];
      }),
    ),
  );
}

/** Waits until every chart is drawn again after a change of preferences. */
async function redrawn(page, before) {
  await page.waitForFunction(
    (old) =>
      [...document.querySelectorAll('[data-chart]')].every(
        (c) =>
          c.getAttribute('data-state') !== 'loading' &&
          (c.getAttribute('data-state') !== 'ready' ||
            c.getAttribute('data-option-digest') !== old[c.getAttribute('data-chart')]),
      ),
    before,
    { timeout: 15000 },
  );
}

const digests = (page) =>
  page.$$eval('[data-chart][data-state="ready"]', (cs) =>
    Object.fromEntries(
      cs.map((c) => [c.getAttribute('data-chart'), c.getAttribute('data-option-digest')]),
    ),
  );

async function download(page, selector) {
  // Not busy with the previous export (aria-disabled while one runs).
  await page.waitForSelector(`${selector}:not([disabled]):not([aria-disabled="true"])`);
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
}

// Views whose charts are bars, stacked bars, lines and a heatmap.
const DECAL_VIEWS = ['overview', 'trends', 'compare', 'requests', 'appeals', 'quality'];

const decal = {
  name: '图案 / Patterns: the toggle sets decal=1 and every chart (bar, stacked bar, line, heatmap) is drawn with patterns, exports too',
  fn: async ({ browser, baseUrl }) => {
    const { page, problems } = await openPage(browser, { width: 1280, height: 800 });
    const unchanged = [];
    for (const view of DECAL_VIEWS) {
      await page.goto(`${baseUrl}?ds=demo&lang=zh&view=${view}`);
      await settled(page, view);
      const toggle = page.locator('[data-decal-toggle]');
      assert((await toggle.getAttribute('aria-pressed')) === 'false', 'patterns on by default');
      const plain = await pixelPrints(page);
      const before = await digests(page);
      await toggle.click();
      await page.waitForURL(/decal=1/);
      assert((await toggle.getAttribute('aria-pressed')) === 'true', 'toggle not pressed');
      await redrawn(page, before);
      const patterned = await pixelPrints(page);
      for (const [id, print] of Object.entries(plain))
        if (patterned[id] === print) unchanged.push(`${view}: ${id}`);
      if (view === 'compare' || view === 'appeals') {
        await screenshot(page, `decal-${view}-zh`);
        await page.click('[data-lang="en"]');
        await page.waitForURL(/lang=en/);
        await settled(page, view);
        await screenshot(page, `decal-${view}-en`);
      }
    }
    assert(
      unchanged.length === 0,
      `charts drawn the same with patterns:\n    ${unchanged.join('\n    ')}`,
    );
    // The export draws the option again: with patterns when the page has them.
    await page.goto(`${baseUrl}?ds=demo&lang=en`);
    await settled(page, 'overview');
    const figure = '[data-figure="trend-requestsNew"]';
    const plainSvg = await download(page, `${figure} [data-export="svg"]`);
    const plainPng = await download(page, `${figure} [data-export="png2"]`);
    await page.click('[data-decal-toggle]');
    await page.waitForURL(/decal=1/);
    await settled(page, 'overview');
    const svg = await download(page, `${figure} [data-export="svg"]`);
    const png = await download(page, `${figure} [data-export="png2"]`);
    assert(!plainSvg.bytes.toString().includes('<pattern'), 'SVG without patterns has a <pattern>');
    assert(svg.bytes.toString().includes('<pattern'), 'SVG export has no decal <pattern>');
    assert(!png.bytes.equals(plainPng.bytes), 'PNG export is the same with patterns');
    assert(/^Simulated-data_All-units_New-requests_/.test(png.name), `file name: ${png.name}`);
    assertNoProblems(problems());
    await page.close();
  },
};

/** What has keyboard focus: a short name, whether its focus ring is visible, and whether it
 * had focus before in this walk (the walk has come round). null: focus left the page. */
function focused(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return null;
    window.__walked ??= new Set();
    const again = window.__walked.has(el);
    window.__walked.add(el);
    const style = getComputedStyle(el);
    const attr = [...el.attributes].find((a) => a.name.startsWith('data-'));
    const text = (el.textContent ?? '').trim().slice(0, 20);
    // A visible indicator: an outline at least 2px wide in a colour that is not transparent,
    // or a box shadow.
    const outline =
      style.outlineStyle !== 'none' &&
      parseFloat(style.outlineWidth) >= 2 &&
      !/rgba\(.*,\s*0\)|transparent/.test(style.outlineColor);
    return {
      name: `${el.tagName.toLowerCase()}${attr ? `[${attr.name}${attr.value ? `=${attr.value}` : ''}]` : ''} “${text}”`,
      ring: outline || style.boxShadow !== 'none',
      again,
    };
  });
}

/** Tabs from the top of the page until focus leaves it: the stops, those without a visible
 * ring, whether focus left (a trap keeps it cycling inside), and how many controls there are. */
async function tabWalk(page) {
  // A group of radio buttons is one Tab stop (the arrow keys move within it).
  const tabbable = await page.$$eval(
    'a[href], button:not([disabled]), select, input:not([disabled]), [tabindex="0"]',
    (els) =>
      new Set(
        els
          .filter((e) => e.getClientRects().length > 0 || e.matches('.skip-link'))
          .map((e) => (e.matches('input[type="radio"]') ? `radio:${e.name}` : e)),
      ).size,
  );
  const seen = [];
  const noRing = [];
  let left = false;
  for (let i = 0; i < tabbable + 10; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    if (f === null || f.again) {
      // Out of the page, or round to the first stop again (headless Chromium wraps): the end.
      left = f === null || f.name === seen[0];
      if (f) seen.push(`(again) ${f.name}`);
      break;
    }
    seen.push(f.name);
    if (!f.ring) noRing.push(f.name);
  }
  return { seen, noRing, left, tabbable };
}

const keyboard = {
  name: 'keyboard: skip link first; on every view each control reachable by Tab with a visible ring, no trap; operable with Enter/Space',
  fn: async ({ browser, baseUrl }) => {
    const { page, problems } = await openPage(browser, { width: 1280, height: 800 });
    await page.goto(`${baseUrl}?ds=samples&view=overview`);
    await settled(page, 'overview');
    await page.keyboard.press('Tab');
    const first = await focused(page);
    assert(first?.name.startsWith('a[data-skip-link'), `first Tab stop: ${first?.name}`);
    const box = await page.locator('[data-skip-link]').boundingBox();
    assert(box && box.y >= 0, 'skip link not shown when focused');
    await page.keyboard.press('Enter');
    assert(
      (await page.evaluate(() => document.activeElement?.id)) === 'main',
      'Enter does not reach <main>',
    );
    assert(!page.url().includes('#'), `skip link put a fragment in the link: ${page.url()}`);

    // Every view: every tabbable control, in order, from the top until focus leaves the page.
    const walks = [];
    for (const view of VIEWS) {
      await page.goto(`${baseUrl}?ds=samples&view=${view}&unit=平潭综合实验区`);
      if (view === 'import') await page.waitForSelector('[data-file-input]');
      else await settled(page, view);
      walks.push({ view, ...(await tabWalk(page)) });
    }
    const failures = walks.flatMap((w) => [
      ...(w.left
        ? []
        : [
            `${w.view}: focus never left the page after ${w.seen.length} stops: ${w.seen.join(' → ')}`,
          ]),
      ...(w.seen.filter((n) => !n.startsWith('(again)')).length >= w.tabbable
        ? []
        : [`${w.view}: Tab reached ${w.seen.length} of ${w.tabbable}`]),
      ...w.noRing.map((n) => `${w.view}: no visible focus ring on ${n}`),
    ]);
    assert(failures.length === 0, failures.join('\n    '));
    const seen = walks[0].seen;
    await page.goto(`${baseUrl}?ds=samples&view=overview`);
    await settled(page, 'overview');
    const all = seen.join('\n');
    for (const want of [
      'data-view-tab=trends',
      'data-decal-toggle',
      'data-lang=en',
      'data-filter=year',
      'data-toggle-table',
      'data-export=svg',
    ])
      assert(all.includes(want), `Tab never reaches ${want}`);

    // Operable: a tab with Enter, the table toggle and the patterns toggle with Space.
    await page.focus('[data-figure="trend-requestsNew"] [data-toggle-table]');
    await page.keyboard.press('Space');
    const table = page.locator('[data-figure="trend-requestsNew"] [data-figure-table] table');
    await table.waitFor();
    assert((await table.locator('caption').count()) === 1, 'data table has no caption');
    assert((await table.locator('th[scope="col"]').count()) > 1, 'no column headers with scope');
    await page.focus('[data-decal-toggle]');
    await page.keyboard.press('Space');
    await page.waitForURL(/decal=1/);
    await page.focus('[data-view-tab="compare"]');
    await page.keyboard.press('Enter');
    await settled(page, 'compare');
    assert(
      (await page.getAttribute('[data-view-tab="compare"]', 'aria-current')) === 'page',
      'tab not marked current',
    );
    const names = await page.$$eval('[data-chart] [role="img"]', (els) =>
      els.map((e) => e.getAttribute('aria-label') ?? ''),
    );
    assert(names.length > 0 && names.every((n) => n.length > 0), 'a chart without a name');
    assertNoProblems(problems());
    await page.close();
  },
};

/** What has focus, by a selector it must match, and whether its indicator shows. */
async function focusIs(page, selector, what) {
  const f = await page.evaluate((sel) => {
    const el = document.activeElement;
    return { matches: Boolean(el?.matches(sel)), name: el?.outerHTML.slice(0, 120) ?? 'none' };
  }, selector);
  assert(f.matches, `${what}: focus is on ${f.name}, not ${selector}`);
  const ring = await focused(page);
  assert(ring?.ring, `${what}: no visible focus indicator on ${ring?.name}`);
}

async function pressForDownload(page, key) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.keyboard.press(key)]);
  return file.suggestedFilename();
}

const HAN = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;

const toolbarKeys = {
  name: 'keyboard: a figure toolbar (named, English in English) exports PNG and CSV and opens its table with the keys alone; 演示 and 打印 open and close from the keyboard',
  fn: async ({ browser, baseUrl }) => {
    const { page, problems } = await openPage(browser, { width: 1280, height: 800 });
    await page.goto(`${baseUrl}?ds=samples&lang=en&view=overview`);
    await settled(page, 'overview');
    assert((await page.locator('header [data-decal-toggle]').count()) === 1, 'no 图案 in header');
    const fig = '[data-figure="trend-requestsNew"]';
    const toolbar = page.locator(`${fig} [role="toolbar"]`);
    assert(
      (await toolbar.getAttribute('aria-label')) === 'Export and data: New requests',
      `toolbar name: ${await toolbar.getAttribute('aria-label')}`,
    );
    const buttons = await toolbar
      .locator('button')
      .evaluateAll((bs) => bs.map((b) => ({ text: b.textContent.trim(), title: b.title })));
    for (const b of buttons) {
      assert(b.text !== '' && !HAN.test(b.text), `button name “${b.text}”`);
      assert(!HAN.test(b.title), `button description “${b.title}”`);
    }
    assert(buttons.filter((b) => b.title.startsWith('Download')).length === 4, 'export hints');

    // From the caption's last focusable stop before the toolbar: Tab in, Enter exports.
    await page.focus(`${fig} [data-export="png2"]`);
    await focusIs(page, `${fig} [data-export="png2"]`, 'PNG 2×');
    const png = await pressForDownload(page, 'Enter');
    assert(png === 'All-units_New-requests_2019-2025@2x.png', `PNG file name ${png}`);
    // Focus stays on the button through the export (it is never disabled under the keyboard).
    await page.waitForFunction(
      (sel) => document.querySelector(sel)?.textContent.startsWith('Saved'),
      `${fig} .figure-note`,
    );
    await focusIs(page, `${fig} [data-export="png2"]`, 'PNG 2× after its export');
    await page.keyboard.press('Tab');
    await focusIs(page, `${fig} [data-export="png3"]`, 'Tab to PNG 3×');
    await page.keyboard.press('Tab');
    await focusIs(page, `${fig} [data-export="svg"]`, 'Tab to SVG');
    await page.keyboard.press('Tab');
    await focusIs(page, `${fig} [data-toggle-table]`, 'Tab to the table toggle');
    await page.keyboard.press('Space');
    await page.waitForSelector(`${fig} [data-figure-table] table caption`);
    assert(
      (await page.getAttribute(`${fig} [data-toggle-table]`, 'aria-expanded')) === 'true',
      'Space did not open the table',
    );
    await page.keyboard.press('Tab');
    await focusIs(page, `${fig} [data-export="csv"]`, 'Tab to CSV');
    const csv = await pressForDownload(page, 'Enter');
    assert(csv === 'All-units_New-requests_2019-2025.csv', `CSV file name ${csv}`);
    const note = await page.textContent(`${fig} .figure-note`);
    assert(note === `Saved: ${csv}`, `status after the CSV: ${note}`);

    // 演示: Enter opens the slides with focus on the stage; Tab reaches its buttons; Esc
    // leaves with focus back on 演示.
    await page.focus('[data-present-button]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-present-stage="1"]');
    await page.keyboard.press('ArrowRight');
    await page.waitForSelector('[data-present-stage="2"]');
    await page.keyboard.press('Tab');
    await focusIs(page, '.present-nav button', 'Tab on the stage');
    await page.keyboard.press('Escape');
    await page.waitForSelector('[data-present-stage]', { state: 'detached' });
    await focusIs(page, '[data-present-button]', 'after Esc');

    // 打印: Enter opens the dialog on the checked orientation; Esc closes it, focus returns.
    await page.focus('[data-print-button="page"]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[role="dialog"] [data-print-orientation]');
    await focusIs(page, '[data-print-orientation]:checked', 'print dialog opened');
    await page.keyboard.press('ArrowDown');
    assert(
      await page.isChecked('[data-print-orientation="landscape"]'),
      'arrow keys do not choose the orientation',
    );
    await page.keyboard.press('Escape');
    await page.waitForSelector('[role="dialog"]', { state: 'detached' });
    await focusIs(page, '[data-print-button="page"]', 'after Esc in the print dialog');
    assertNoProblems(problems());
    await page.close();
  },
};

const tableKeys = {
  name: 'keyboard: a data table wider than the screen is a named region in the Tab order and scrolls with the arrow keys',
  fn: async ({ browser, baseUrl }) => {
    const { page, problems } = await openPage(browser, { width: 420, height: 800 });
    await page.goto(`${baseUrl}?ds=demo&lang=en&view=overview`);
    await settled(page, 'overview');
    const fig = '[data-figure="kpis"]';
    await page.click(`${fig} [data-toggle-table]`);
    // The box that scrolls sideways (a long table's pager, when there is one, sits above it).
    const scroller = `${fig} [data-figure-table] .table-scroll`;
    const box = page.locator(scroller);
    await page.waitForFunction(
      (sel) => document.querySelector(sel)?.getAttribute('tabindex') === '0',
      scroller,
      { timeout: 5000 },
    );
    assert((await box.getAttribute('role')) === 'region', 'scrolling table is not a region');
    assert(
      (await box.getAttribute('aria-label')) === 'Data table: Key figures · 2025',
      `region name ${await box.getAttribute('aria-label')}`,
    );
    await page.focus(`${fig} [data-export="csv"]`);
    await page.keyboard.press('Tab');
    await focusIs(page, scroller, 'Tab to the table');
    const before = await box.evaluate((el) => el.scrollLeft);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(
      ([sel, was]) => document.querySelector(sel).scrollLeft > was,
      [scroller, before],
      { timeout: 3000 },
    );
    await screenshot(page, 'a11y-table-scroll-en');
    assertNoProblems(problems());
    await page.close();
  },
};

const langMemory = {
  name: 'language: remembered in this browser, a link with lang= wins, a link without opens in the remembered one',
  fn: async ({ browser, baseUrl }) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const lang = () => page.getAttribute('html', 'lang');
    try {
      await page.goto(`${baseUrl}?view=trends`);
      await settled(page, 'trends');
      assert((await lang()) === 'zh-CN', 'the default is not Chinese');
      await page.click('[data-lang="en"]');
      await page.waitForURL(/lang=en/);
      await page.goto(`${baseUrl}?view=quality`);
      await settled(page, 'quality');
      assert((await lang()) === 'en', 'a link without lang= did not open in English');
      assert(
        new URL(page.url()).searchParams.get('lang') === 'en',
        `not in the URL: ${page.url()}`,
      );
      assert((await page.title()).startsWith('Quality'), `title: ${await page.title()}`);
      await page.goto(`${baseUrl}?view=quality&lang=zh`);
      await settled(page, 'quality');
      assert((await lang()) === 'zh-CN', 'lang=zh in the link did not win');
      await page.goto(baseUrl);
      await settled(page, 'overview');
      assert((await lang()) === 'en', 'opening a zh link changed the remembered language');
      await page.click('[data-lang="zh"]');
      await page.waitForURL((u) => !u.search.includes('lang='));
      await page.goto(`${baseUrl}?view=compare`);
      await settled(page, 'compare');
      assert((await lang()) === 'zh-CN', 'switching back to 中文 was not remembered');
      assert(!page.url().includes('lang='), `URL: ${page.url()}`);
      // The other way round: a shared English link opens in English over a remembered 中文.
      await page.goto(`${baseUrl}?view=compare&lang=en`);
      await settled(page, 'compare');
      assert((await lang()) === 'en', 'lang=en in the link did not win over 中文');
      assert(
        (await page.textContent('[data-view-tab="compare"]')) === 'Compare',
        'the chrome is not English',
      );
    } finally {
      await context.close();
    }
  },
};

export const tests = [...perDataset, decal, keyboard, toolbarKeys, tableKeys, langMemory];
