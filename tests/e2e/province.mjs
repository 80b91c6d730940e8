// A province-sized dataset served in place of the shipped ones (page.route), for the browser
// tests of charts at scale: `units` units (测试单位00001…) × the demo dataset's CSV years, each
// year's file built from that year's demo CSV (datasetCsv, big-inputs.mjs). Nothing is written to
// disk; the same arguments give the same bytes.
import { readFileSync } from 'node:fs';
import { datasetCsv } from './big-inputs.mjs';

const demo = JSON.parse(readFileSync('data/manifest.json', 'utf8')).datasets.find(
  (d) => d.id === 'demo',
);

const made = new Map();

/** The manifest and files of a dataset `province` with `units` units per year, made once per
 * run (about 2 s for 5,000 units). */
export function provinceDataset(units) {
  if (!made.has(units)) made.set(units, makeProvince(units));
  return made.get(units);
}

function makeProvince(units) {
  const years = Object.entries(demo.files)
    .filter(([, path]) => path.endsWith('.csv'))
    .map(([year]) => Number(year));
  const files = Object.fromEntries(years.map((y) => [String(y), `province/${y}.csv`]));
  const manifest = {
    version: 1,
    datasets: [
      {
        id: 'province',
        title: { zh: `模拟数据：${units} 个单位`, en: `Simulated: ${units} units` },
        simulated: true,
        default: true,
        years,
        files,
        source: {
          zh: '由演示数据复制生成（浏览器测试）',
          en: 'Copied from the demo data (browser tests)',
        },
      },
    ],
  };
  const bodies = new Map(
    years.map((y) => [
      `province/${y}.csv`,
      datasetCsv(readFileSync(`data/${demo.files[String(y)]}`), units),
    ]),
  );
  return { manifest, bodies };
}

/** Serves the dataset to `page` instead of data/manifest.json and its files. */
export async function routeProvince(page, units) {
  const { manifest, bodies } = provinceDataset(units);
  await page.route('**/manifest.json', (route) => route.fulfill({ json: manifest }));
  await page.route('**/province/*.csv', (route) => {
    const path = new URL(route.request().url()).pathname.replace(/^\//, '');
    const body = bodies.get(path);
    return body
      ? route.fulfill({ body, contentType: 'text/csv; charset=utf-8' })
      : route.fulfill({ status: 404, body: 'not found' });
  });
}
