// English is complete: every view in English, on both shipped datasets (every data table
// open, every chart hovered for its tooltip), shows no Chinese text that is not data. Data may
// stay Chinese: unit names, region paths, report titles, notes and source statements — every
// string of the dataset's own files, read here from data/ and taken out of each text before the
// check (so a chrome word around a unit name, "2023、2024" or "（5）", still fails). An element
// marked lang="zh-…" or translate="no" is data by declaration and skipped.
// The chart chrome drawn on the canvas (axis names, legend) is checked by the unit test
// tests/unit/charts/english.test.ts; this walks what the page writes as text and attributes.
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { assert, assertNoProblems, openPage, screenshot } from '../harness.mjs';
import { PAGE_STATES } from '../page-states.mjs';
import { settled } from './views.mjs';

const manifest = JSON.parse(readFileSync('data/manifest.json', 'utf8'));
const HAN = /[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]/;
const VIEWS = ['overview', 'trends', 'compare', 'requests', 'appeals', 'quality', 'unit', 'import'];

/** Every string with a Chinese character in a dataset's files (JSON-valued CSV cells and
 * object keys included), and each part of a region path, longest first. */
function dataStrings(id) {
  const entry = manifest.datasets.find((d) => d.id === id);
  const out = new Set();
  const add = (v) => {
    if (typeof v === 'string' && HAN.test(v)) {
      if (/^[[{]/.test(v.trim())) {
        try {
          add(JSON.parse(v));
        } catch {
          // not JSON: the text itself
        }
      }
      out.add(v.trim());
      for (const part of v.split('/')) if (HAN.test(part)) out.add(part.trim());
    } else if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        if (!Array.isArray(v)) add(k);
        add(x);
      }
    }
  };
  for (const path of Object.values(entry.files)) {
    const text = readFileSync(`data/${path}`, 'utf8').replace(/^\uFEFF/, '');
    if (path.endsWith('.json')) add(JSON.parse(text));
    else add(Papa.parse(text, { header: true, delimiter: ',', skipEmptyLines: true }).data);
  }
  return [...out].filter(Boolean).sort((a, b) => b.length - a.length);
}

/** Chinese text the page shows in English that is not data: [{where, text}]. */
function chineseChrome(page, data) {
  return page.evaluate(
    ({ data, han }) => {
      const HAN = new RegExp(han);
      const strip = (s) => data.reduce((t, d) => (t.includes(d) ? t.split(d).join(' ') : t), s);
      const marked = (el) =>
        (el.closest('[lang]')?.getAttribute('lang') ?? '').startsWith('zh') ||
        el.closest('[translate="no"]') !== null;
      const path = (el) => {
        const parts = [];
        for (let e = el; e && e !== document.body && parts.length < 4; e = e.parentElement) {
          const data = [...e.attributes].find((a) => a.name.startsWith('data-'));
          parts.unshift(
            e.tagName.toLowerCase() +
              (data ? `[${data.name}${data.value ? `=${data.value.slice(0, 24)}` : ''}]` : ''),
          );
        }
        return parts.join(' > ');
      };
      const found = [];
      if (HAN.test(strip(document.title))) found.push({ where: 'title', text: document.title });
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const el = n.parentElement;
        if (!el || el.closest('script, style, noscript') || !HAN.test(n.data)) continue;
        if (marked(el) || !HAN.test(strip(n.data))) continue;
        found.push({ where: path(el), text: n.data.trim().slice(0, 80) });
      }
      const ATTRS = ['aria-label', 'aria-description', 'title', 'placeholder', 'alt'];
      for (const el of document.body.querySelectorAll('*')) {
        for (const name of ATTRS) {
          const v = el.getAttribute(name);
          if (!v || marked(el) || !HAN.test(strip(v))) continue;
          found.push({ where: `${path(el)} @${name}`, text: v.slice(0, 120) });
        }
      }
      return found;
    },
    { data, han: HAN.source },
  );
}

/** Hovers every drawn chart so its tooltip is in the page when the text is read. */
async function hoverCharts(page, data) {
  const hosts = page.locator('[data-chart][data-state="ready"] .chart-canvas:visible');
  const found = [];
  for (let i = 0; i < (await hosts.count()); i++) {
    const host = hosts.nth(i);
    await host.scrollIntoViewIfNeeded();
    const box = await host.boundingBox();
    if (!box) continue;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.waitForTimeout(60);
    found.push(...(await chineseChrome(page, data)));
  }
  return found;
}

async function openTables(page) {
  const toggles = page.locator(
    '[data-toggle-table][aria-expanded="false"]:not([disabled]):visible',
  );
  for (let n = await toggles.count(); n > 0; n--) await toggles.first().click();
  // An opened table draws once its code has arrived (it loads after the first view).
  await page.waitForFunction(() => !document.querySelector('[data-figure-table-pending]'));
}

async function check(page, where, data, found) {
  await openTables(page);
  // Text the page itself marks as Chinese (lang="zh-…", e.g. the imported report's own lines)
  // and the values in its fields (a previewed report's unit and region) are data wherever they
  // are quoted: in a cell's hint naming its source line, in a warning naming the region read.
  const declared = await page.evaluate(() => [
    ...[...document.querySelectorAll('body [lang^="zh"]')].map((e) => e.textContent.trim()),
    ...[...document.querySelectorAll('input:not([type]), input[type="text"]')].map((e) =>
      e.value.trim(),
    ),
  ]);
  data = [...new Set([...data, ...declared.filter(Boolean)])].sort((a, b) => b.length - a.length);
  const all = [...(await chineseChrome(page, data)), ...(await hoverCharts(page, data))];
  const seen = new Set();
  for (const f of all) {
    const line = `${where}: ${f.where}: “${f.text}”`;
    if (!seen.has(line)) found.push(line);
    seen.add(line);
  }
}

/** The <text> of an SVG, in document order, read by the browser's own parser — in a blank
 * page of its own: parsed under the dashboard's CSP, its style attributes would be reported. */
function svgTexts(page, svg) {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    if (doc.querySelector('parsererror')) return null;
    return [...doc.querySelectorAll('text')].map((t) => t.textContent.trim()).filter(Boolean);
  }, svg);
}

const exportsInEnglish = {
  name: 'English exports: file name, caption and date in English; every legend entry drawn into the image',
  fn: async ({ browser, baseUrl }) => {
    const { page, problems } = await openPage(browser, { width: 1280, height: 800 });
    await page.goto(`${baseUrl}?ds=demo&lang=en&view=appeals`);
    await settled(page, 'appeals');
    const fig = '[data-figure="appeals-years"]';
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.click(`${fig} [data-export="svg"]`),
    ]);
    const name = file.suggestedFilename();
    assert(
      name === 'Simulated-data_All-units_Review-and-litigation-results-by-year_2020-2025.svg',
      `file name ${name}`,
    );
    const lab = await browser.newPage();
    const texts = await svgTexts(lab, readFileSync(await file.path(), 'utf8'));
    await lab.close();
    assert(texts !== null, 'the SVG does not parse');
    const all = texts.join('\n');
    // The legend pages on screen; the image must name all eight series (the SVG renderer
    // drops the spaces around ·, so entries are compared without spaces).
    const flat = texts.map((t) => t.replace(/\s/g, ''));
    for (const side of ['Review', 'Litigation'])
      for (const outcome of ['Upheld', 'Corrected', 'Other result', 'Pending']) {
        const entry = `${side}·${outcome}`.replace(/\s/g, '');
        assert(flat.includes(entry), `no legend entry ${side} · ${outcome}`);
      }
    assert(/^Data as of: \d{1,2} [A-Z][a-z]{2} \d{4} \(/m.test(all), `date: ${all}`);
    assert(all.includes('Simulated data'), 'no simulated mark');
    const chinese = texts.filter((t) => HAN.test(t));
    assert(chinese.length === 0, `Chinese in the English image: ${chinese.join(' | ')}`);
    assertNoProblems(problems());
    await page.close();
  },
};

const perDataset = ['samples', 'demo'].map((ds) => ({
  name: `English on ${ds}: no Chinese outside the data on any view`,
  fn: async ({ browser, baseUrl }) => {
    const data = dataStrings(ds);
    const { page, problems } = await openPage(browser, { width: 1280, height: 800 });
    const found = [];
    await page.goto(`${baseUrl}?ds=${ds}&lang=en&view=unit`);
    await settled(page, 'unit');
    await check(page, 'unit picker', data, found);
    for (const view of VIEWS) {
      await page.click(`[data-view-tab="${view}"]`); // as a reader goes from view to view
      if (view === 'import') await page.waitForSelector('[data-file-input]');
      else await settled(page, view);
      if (view === 'unit') {
        await page.locator('[data-unit-link]').first().click();
        await page.waitForSelector('[data-panel="table-3"][data-status="success"]');
        await settled(page, view);
      }
      await check(page, view, data, found);
      if (ds === 'samples') await screenshot(page, `english-${view}`);
    }
    // Presentation, the print dialog, the one-pager as printed and the import states.
    for (const state of PAGE_STATES) {
      await state.open(page, baseUrl, { ds, lang: 'en' });
      const more = state.importsFrom ? dataStrings(state.importsFrom) : [];
      await check(page, state.name, [...new Set([...data, ...more])], found);
      if (ds === 'samples') await screenshot(page, `english-${state.name.replace(/\W+/g, '-')}`);
      await state.close?.(page);
    }
    await page.close();
    assert(
      found.length === 0,
      `${found.length} Chinese string(s) in English:\n    ${found.join('\n    ')}`,
    );
    assertNoProblems(problems());
  },
}));

export const tests = [...perDataset, exportsInEnglish];
