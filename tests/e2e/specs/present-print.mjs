// Browser tests of presentation mode and printing. Presentation: the 演示 button opens a 16:9
// slide show of the view; arrow keys, PageDown and End move and write the slide into the URL,
// back steps back, a link opens on its slide with the chart drawn to the stage (its tooltip
// under the pointer), Esc leaves with focus back on the button; screenshots of slides at
// 1920×1080 in zh and en. Print (with window.print stubbed): every chart gets a loaded image at
// ≥2× its printed width, nothing is left loading, figures are not split, the chrome is hidden;
// PDFs of the overview and of the unit one-pager (portrait and landscape, one sheet each) are
// written to test-results/ and read back with pdf.js.
import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { assert, assertNoProblems, inkedPixels, openPage, RESULTS_DIR } from '../harness.mjs';
import { readPdf } from '../read-pdf.mjs';

const SEED = '示范区管委会办公室';
const PINGTAN = '平潭综合实验区';
const demo = JSON.parse(readFileSync('data/manifest.json', 'utf8')).datasets.find(
  (d) => d.id === 'demo',
);

const slideParam = (page) => new URL(page.url()).searchParams.get('slide');
const presentParam = (page) => new URL(page.url()).searchParams.get('present');

/** Every chart of the view settled (drawn, empty or failed), none loading. */
async function settled(page) {
  await page.waitForFunction(
    () => {
      const charts = [...document.querySelectorAll('main [data-chart]')];
      return charts.length > 0 && charts.every((c) => c.dataset.state !== 'loading');
    },
    null,
    { timeout: 20000 },
  );
}

/** Waits for slide n (1-based) on the stage, the deck complete, every chart on it drawn. */
async function onSlide(page, n) {
  await page.waitForSelector(`[data-present-stage="${n}"]:not([data-present-loading])`, {
    timeout: 15000,
  });
  await page.waitForFunction(
    () => {
      const charts = [...document.querySelectorAll('[data-slide-current] [data-chart]')];
      return charts.every((c) => c.dataset.state === 'ready');
    },
    null,
    { timeout: 15000 },
  );
}

function stageInfo(page) {
  return page.evaluate(() => {
    const stage = document.querySelector('.present-stage').getBoundingClientRect();
    const current = document.querySelector('[data-slide-current]');
    const hosts = current ? [...current.querySelectorAll('.chart-canvas')] : [];
    return {
      count: Number(document.querySelector('[data-present-stage]').dataset.presentCount),
      live: document.querySelector('[data-present-live]').textContent,
      title: document.querySelector('[data-present-title]')?.textContent ?? '',
      stage: { w: stage.width, h: stage.height, x: stage.x, y: stage.y },
      kind: current ? (current.matches('.kpi-row') ? 'kpi' : 'figure') : 'title',
      chartIds: hosts.map((h) => h.closest('[data-chart]').dataset.chart),
      chartRects: hosts.map((h) => {
        const r = h.getBoundingClientRect();
        return { w: r.width, h: r.height, x: r.x, y: r.y };
      }),
      headerShown: getComputedStyle(document.querySelector('.shell-header')).display !== 'none',
    };
  });
}

/** The 1-based number of the first slide that is a figure. */
function firstFigureSlide(page) {
  return page.evaluate(() => {
    const slides = [...document.querySelectorAll('[data-view-body] [data-slide]')].filter(
      (el) => !el.parentElement.closest('[data-slide]'),
    );
    return slides.findIndex((el) => el.matches('figure')) + 2;
  });
}

async function shot(page, name) {
  await mkdir(RESULTS_DIR, { recursive: true });
  await page.screenshot({ path: `${RESULTS_DIR}/${name}.png` });
}

/** Stubs window.print, then runs the 打印 (or 打印单页) path for one orientation. */
async function printThroughButton(page, mode, orientation) {
  await page.evaluate(() => {
    window.__printed = 0;
    window.print = () => {
      window.__printed += 1;
    };
  });
  await page.click(`[data-print-button="${mode}"]`);
  await page.waitForSelector('[role="dialog"] [data-print-orientation]');
  await page.check(`[data-print-orientation="${orientation}"]`);
  await page.click('[data-print-go]');
  await page.waitForFunction(() => window.__printed === 1, null, { timeout: 30000 });
}

/** Under print emulation: what a printed sheet would show of each chart and of the chrome. */
function printedState(page) {
  return page.evaluate(() => {
    const charts = [...document.querySelectorAll('main [data-chart]')];
    const visible = (sel) =>
      [...document.querySelectorAll(sel)].some((el) => el.getBoundingClientRect().height > 0);
    return {
      ready: document.documentElement.hasAttribute('data-print-ready'),
      loading: charts.filter((c) => c.dataset.state === 'loading').map((c) => c.dataset.chart),
      charts: charts
        .filter((c) => c.dataset.state === 'ready')
        .map((c) => {
          const img = c.querySelector(':scope > img.chart-print-image');
          const canvas = c.querySelector('.chart-canvas');
          return {
            id: c.dataset.chart,
            img: Boolean(img),
            loaded: Boolean(img?.complete && img.naturalWidth > 0),
            natural: img?.naturalWidth ?? 0,
            printed: img?.getBoundingClientRect().width ?? 0,
            canvasShown: getComputedStyle(canvas).display !== 'none',
          };
        }),
      unbreakable: [...document.querySelectorAll('main .figure')].every(
        (f) => getComputedStyle(f).breakInside === 'avoid',
      ),
      figures: document.querySelectorAll('main .figure').length,
      chrome: {
        header: visible('.shell-header'),
        tabs: visible('.view-tabs'),
        filters: visible('.filter-bar'),
        tools: visible('.figure-tools'),
        controls: visible('.profile-controls'),
      },
      printHeader: document.querySelector('[data-print-header]')?.innerText ?? '',
      printFooter: document.querySelector('[data-print-footer]')?.innerText ?? '',
    };
  });
}

function assertPrinted(s, what) {
  assert(s.ready, `${what}: data-print-ready not set`);
  assert(s.loading.length === 0, `${what}: charts still loading: ${s.loading.join(', ')}`);
  assert(s.charts.length > 0, `${what}: no chart drawn`);
  for (const c of s.charts) {
    assert(c.img && c.loaded, `${what}: chart ${c.id} has no loaded print image`);
    assert(
      c.natural >= 2 * c.printed - 1,
      `${what}: ${c.id} image ${c.natural}px for ${c.printed.toFixed(0)}px printed (< 2×)`,
    );
    assert(!c.canvasShown, `${what}: ${c.id} prints its canvas, not the image`);
  }
  assert(s.unbreakable, `${what}: a figure may break across pages`);
  for (const [part, shown] of Object.entries(s.chrome)) {
    assert(!shown, `${what}: ${part} shows in print`);
  }
}

/** Page count, first page size (points) and text of a PDF (read in a thread of its own). */
async function readPdfText(bytes) {
  const { text, ...rest } = await readPdf(bytes);
  // The CJK font maps some characters to radicals in its text layer (⼯ for 工, ⻚ for 页):
  // NFKC folds the Kangxi radicals; the supplement's simplified forms are folded by hand.
  const folded = text.normalize('NFKC').replace(/[\u2e80-\u2eff]/g, (c) => RADICALS[c] ?? c);
  return { ...rest, text: folded };
}

const RADICALS = Object.fromEntries(
  [
    ...'⻔门⻚页⻅见⻓长⻢马⻛风⻜飞⻉贝⻋车⻆角⻝食⻥鱼⻦鸟⻩黄⻬齐⻮齿⻙韦⻄西'.matchAll(
      /(.)(.)/gu,
    ),
  ].map((m) => [m[1], m[2]]),
);

async function pdf(page, name) {
  await mkdir(RESULTS_DIR, { recursive: true });
  const bytes = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
  await writeFile(`${RESULTS_DIR}/${name}.pdf`, bytes);
  return readPdfText(bytes);
}

export const tests = [
  {
    name: 'presentation (zh): 演示 opens the title slide; → PageDown End move and set slide=, back steps back, Esc exits to the button',
    fn: async ({ browser, baseUrl }) => {
      const { page, problems } = await openPage(browser, { width: 1920, height: 1080 });
      await page.goto(`${baseUrl}?view=overview`);
      await settled(page);
      await page.click('[data-present-button]');
      await onSlide(page, 1);
      assert(presentParam(page) === '1', `present not in the URL: ${page.url()}`);
      let info = await stageInfo(page);
      assert(info.kind === 'title' && info.title === '总览', `title slide: ${info.title}`);
      assert(!info.headerShown, 'the header shows during the presentation');
      assert(Math.abs(info.stage.w / info.stage.h - 16 / 9) < 0.01, 'stage is not 16:9');
      assert(info.count >= 7, `only ${info.count} slides`);
      assert(info.live === `第 1 页，共 ${info.count} 页`, `announcement: ${info.live}`);
      const stageFocused = await page.evaluate(() =>
        document.activeElement?.classList.contains('present-stage'),
      );
      assert(stageFocused, 'focus is not on the stage');

      await page.keyboard.press('ArrowRight');
      await onSlide(page, 2);
      assert(slideParam(page) === '2', `slide param after →: ${slideParam(page)}`);
      info = await stageInfo(page);
      assert(info.kind === 'kpi' && info.chartIds.length === 3, `slide 2: ${info.kind}`);
      assert(info.live === `第 2 页，共 ${info.count} 页`, `announcement: ${info.live}`);
      await page.keyboard.press('PageDown');
      await onSlide(page, 3);
      await page.keyboard.press(' ');
      await onSlide(page, 4);
      assert(slideParam(page) === '4', `slide param after Space: ${slideParam(page)}`);
      await page.keyboard.press('ArrowLeft');
      await onSlide(page, 3);
      await page.goBack();
      await onSlide(page, 4);
      assert(slideParam(page) === '4', `back did not return to slide 4: ${page.url()}`);
      await page.keyboard.press('End');
      await onSlide(page, info.count);
      assert(slideParam(page) === String(info.count), 'End did not reach the last slide');
      await page.keyboard.press('ArrowRight'); // past the end: stays
      await onSlide(page, info.count);
      await page.keyboard.press('Home');
      await onSlide(page, 1);
      assert(slideParam(page) === null, `Home leaves slide=${slideParam(page)}`);

      await page.keyboard.press('Escape');
      await page.waitForSelector('[data-present-stage]', { state: 'detached' });
      assert(presentParam(page) === null, `present still in the URL: ${page.url()}`);
      const back = await page.evaluate(() => ({
        focused: document.activeElement?.hasAttribute('data-present-button'),
        presenting: document.documentElement.hasAttribute('data-presenting'),
        current: document.querySelectorAll('[data-slide-current]').length,
      }));
      assert(back.focused, 'focus did not return to 演示');
      assert(!back.presenting && back.current === 0, 'presentation state left on the page');
      await settled(page);
      assertNoProblems(problems());
      await page.close();
    },
  },
  {
    name: 'presentation: a link with present=1&slide=3 opens slide 3 drawn; a figure fills the stage (screenshots zh)',
    fn: async ({ browser, baseUrl }) => {
      const { page, problems } = await openPage(browser, { width: 1920, height: 1080 });
      await page.goto(`${baseUrl}?view=overview&present=1&slide=3`);
      await onSlide(page, 3);
      let info = await stageInfo(page);
      assert(info.kind === 'kpi', `slide 3 is a ${info.kind}`);
      for (const id of info.chartIds) {
        assert((await inkedPixels(page, id)) > 50, `slide 3 chart ${id} is blank`);
      }
      await shot(page, 'present-zh-kpi');
      const n = await firstFigureSlide(page);
      await page.goto(`${baseUrl}?view=overview&present=1&slide=${n}`);
      await onSlide(page, n);
      info = await stageInfo(page);
      assert(info.kind === 'figure' && info.chartIds.length === 1, `slide ${n}: ${info.kind}`);
      const [chart] = info.chartRects;
      // The chart spans the stage's body (1040 of its 1120 px) and most of its height.
      assert(chart.w > info.stage.w * 0.9, `chart ${chart.w}px wide on a ${info.stage.w}px stage`);
      assert(chart.h > info.stage.h * 0.5, `chart ${chart.h}px high on a ${info.stage.h}px stage`);
      assert(chart.y > info.stage.y && chart.x > info.stage.x, 'chart is off the stage');
      assert((await inkedPixels(page, info.chartIds[0])) > 500, 'figure slide chart is blank');
      const figureTitle = await page.getAttribute('[data-slide-current]', 'data-slide-title');
      assert(info.title === figureTitle && figureTitle.length > 0, `slide title: ${info.title}`);
      // Hovering the zoomed chart finds the year under the pointer (its tooltip shows it).
      await page.mouse.move(chart.x + chart.w * 0.75, chart.y + chart.h * 0.6);
      await page.waitForFunction(
        () => /20\d\d/.test(document.querySelector('[data-slide-current] .tt-title')?.textContent),
        null,
        { timeout: 5000 },
      );
      await page.mouse.move(5, 5);
      await shot(page, 'present-zh-figure');
      // A narrow window letterboxes the same stage.
      await page.setViewportSize({ width: 1000, height: 900 });
      await page.waitForFunction(
        () => document.querySelector('.present-stage').getBoundingClientRect().width < 1001,
      );
      info = await stageInfo(page);
      assert(Math.abs(info.stage.w - 1000) < 2, `stage ${info.stage.w}px in a 1000px window`);
      assert(info.stage.y > 100, 'stage not letterboxed (no bars top and bottom)');
      assertNoProblems(problems());
      await page.close();
    },
  },
  {
    name: 'presentation (en, simulated data): title slide marked simulated, slide counter and a figure slide (screenshots en)',
    fn: async ({ browser, baseUrl }) => {
      const { page, problems } = await openPage(browser, { width: 1920, height: 1080 });
      await page.goto(`${baseUrl}?ds=demo&lang=en&view=overview&present=1`);
      await onSlide(page, 1);
      await page.waitForSelector('[data-present-title-slide] [data-simulated-mark]');
      const info = await stageInfo(page);
      const text = await page.locator('[data-present-title-slide]').innerText();
      assert(text.includes(demo.title.en), `title slide does not name ${demo.title.en}`);
      assert(text.includes('Simulated data'), 'title slide lacks the simulated mark');
      assert(info.live === `Slide 1 of ${info.count}`, `announcement: ${info.live}`);
      await shot(page, 'present-en-title');
      await page.keyboard.press('ArrowRight');
      await onSlide(page, 2);
      const n = await firstFigureSlide(page);
      await page.keyboard.press('End');
      await onSlide(page, info.count);
      for (let i = info.count; i > n; i--) await page.keyboard.press('ArrowLeft');
      await onSlide(page, n);
      assert(slideParam(page) === String(n), `slide param ${slideParam(page)}`);
      const title = await page.locator('[data-present-title]').innerText();
      assert(title === 'New requests', `figure slide title: ${title}`);
      const exit = await page.locator('[data-present-exit]').innerText();
      assert(exit === 'Exit', `exit button reads ${exit}`);
      await shot(page, 'present-en-figure');
      await page.click('[data-present-exit]');
      await page.waitForSelector('[data-present-stage]', { state: 'detached' });
      assertNoProblems(problems());
      await page.close();
    },
  },
  {
    name: 'print (overview, A4 portrait): every chart a loaded ≥2× image, nothing loading, figures unbroken, chrome hidden; PDF',
    fn: async ({ browser, baseUrl }) => {
      const { page, problems } = await openPage(browser);
      await page.goto(`${baseUrl}?view=overview`);
      await settled(page);
      await printThroughButton(page, 'page', 'portrait');
      await page.emulateMedia({ media: 'print' });
      const s = await printedState(page);
      assertPrinted(s, 'overview portrait');
      assert(s.figures >= 3, `only ${s.figures} figures`);
      assert(s.printHeader.includes('真实年报样本'), `print header: ${s.printHeader}`);
      assert(s.printHeader.includes('打印日期'), 'print header has no date');
      assert(s.printFooter.includes('view=overview'), `print footer: ${s.printFooter}`);
      const doc = await pdf(page, 'print-overview-a4-portrait');
      assert(doc.width < doc.height, `portrait PDF is ${doc.width}×${doc.height}`);
      assert(Math.abs(doc.width - 595) < 2, `not A4: ${doc.width}pt wide`);
      assert(doc.pages >= 2, `overview printed on ${doc.pages} page(s)`);
      assert(doc.text.includes('真实年报样本') && doc.text.includes('本页链接'), 'PDF text');
      await page.screenshot({ path: `${RESULTS_DIR}/print-overview-emulated.png`, fullPage: true });
      // The browser's afterprint puts the screen back.
      await page.emulateMedia({ media: 'screen' });
      await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
      const after = await page.evaluate(() => ({
        images: document.querySelectorAll('.chart-print-image').length,
        prep: document.documentElement.hasAttribute('data-print-prep'),
        header: getComputedStyle(document.querySelector('.shell-header')).display,
      }));
      assert(after.images === 0 && !after.prep, 'print state left after afterprint');
      assert(after.header !== 'none', 'header still hidden after printing');
      assertNoProblems(problems());
      await page.close();
    },
  },
  {
    name: 'print (Ctrl+P, A4 landscape choice remembered): beforeprint copies every chart synchronously; PDF',
    fn: async ({ browser, baseUrl }) => {
      const { page, problems } = await openPage(browser);
      await page.goto(`${baseUrl}?view=overview&ds=demo`);
      await settled(page);
      // Choose landscape once through the dialog, then print "with Ctrl+P" (page.pdf fires
      // beforeprint and afterprint like the browser's own print).
      await printThroughButton(page, 'page', 'landscape');
      await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
      const sync = await page.evaluate(() => {
        window.dispatchEvent(new Event('beforeprint'));
        const charts = [...document.querySelectorAll('main [data-chart][data-state="ready"]')];
        return {
          charts: charts.length,
          copies: charts.filter((c) => c.querySelector(':scope > canvas.chart-print-image')).length,
          orientation: document.documentElement.getAttribute('data-print-orientation'),
        };
      });
      assert(sync.charts > 0 && sync.copies === sync.charts, `${sync.copies}/${sync.charts}`);
      assert(sync.orientation === 'landscape', `orientation ${sync.orientation}`);
      await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
      const doc = await pdf(page, 'print-overview-demo-a4-landscape');
      assert(doc.width > doc.height, `landscape PDF is ${doc.width}×${doc.height}`);
      assert(doc.text.includes('模拟数据'), 'simulated mark missing from the printed pages');
      const left = await page.evaluate(
        () => document.querySelectorAll('.chart-print-image').length,
      );
      assert(left === 0, `${left} print images left after page.pdf`);
      assertNoProblems(problems());
      await page.close();
    },
  },
  {
    name: 'unit one-pager: 打印单页 fits one A4 sheet, portrait and landscape, with tables, trend image, findings and source',
    fn: async ({ browser, baseUrl }) => {
      for (const [unit, year, lang, orientation] of [
        [SEED, 2022, 'zh', 'portrait'],
        [SEED, 2022, 'zh', 'landscape'],
        [PINGTAN, 2024, 'en', 'portrait'],
      ]) {
        const what = `${unit} ${year} ${orientation} (${lang})`;
        const { page, problems } = await openPage(browser);
        const q = new URLSearchParams({ view: 'unit', unit, year: String(year), lang });
        await page.goto(`${baseUrl}?${q}`);
        await page.waitForSelector('[data-panel="table-3"][data-status="success"]');
        await settled(page);
        await printThroughButton(page, 'onepage', orientation);
        await page.emulateMedia({ media: 'print' });
        const s = await printedState(page);
        assertPrinted(s, what);
        assert(
          s.charts.some((c) => c.id === 'unit-trend'),
          `${what}: no trend image`,
        );
        const sheet = await page.evaluate(() => ({
          head: document.querySelector('[data-one-pager-head]')?.innerText ?? '',
          findings: getComputedStyle(document.querySelector('[data-one-pager-findings]')).display,
          tables: [...document.querySelectorAll('[data-table]')].filter(
            (t) => t.getBoundingClientRect().height > 0,
          ).length,
        }));
        assert(sheet.head.includes(unit), `${what}: heading ${sheet.head}`);
        assert(sheet.findings !== 'none', `${what}: findings not on the sheet`);
        assert(sheet.tables === 3, `${what}: ${sheet.tables} template tables shown`);
        const doc = await pdf(page, `unit-one-pager-${lang}-${orientation}`);
        assert(doc.pages === 1, `${what}: printed on ${doc.pages} pages`);
        assert(
          orientation === 'landscape' ? doc.width > doc.height : doc.width < doc.height,
          `${what}: PDF is ${doc.width}×${doc.height}`,
        );
        const must =
          lang === 'zh'
            ? [unit, '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议', '本页链接']
            : [unit, 'Requests received and handled', 'Administrative review', 'Link to this page'];
        for (const text of must) assert(doc.text.includes(text), `${what}: PDF lacks ${text}`);
        assertNoProblems(problems());
        await page.close();
      }
    },
  },
];
