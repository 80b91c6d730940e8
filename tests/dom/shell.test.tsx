// @vitest-environment jsdom
// The shell as a visitor meets it: tabs and shared filters drive the URL, a bad link shows a
// notice instead of a blank page, and English is one click away.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/app';

const MANIFEST = {
  version: 1,
  datasets: [
    {
      id: 'real',
      title: { zh: '真实样本', en: 'Real sample' },
      simulated: false,
      default: true,
      years: [2021, 2022],
      files: { '2021': 'real/2021.json', '2022': 'real/2022.json' },
      source: { zh: '网站', en: 'Web' },
    },
    {
      id: 'sim',
      title: { zh: '模拟城市', en: 'Simulated city' },
      simulated: true,
      years: [2022],
      files: { '2022': 'sim/2022.json' },
      source: { zh: '脚本', en: 'Script' },
    },
  ],
};
const report = (unit: string, year: number, region: string) => ({
  unit,
  year,
  region,
  format: '2021',
  requests: { new: { total: 5 } },
});
const FILES: Record<string, unknown> = {
  'manifest.json': MANIFEST,
  'real/2021.json': [
    report('甲区', 2021, '某省/某市/甲区'),
    report('乙区', 2021, '某省/某市/乙区'),
  ],
  'real/2022.json': [report('甲区', 2022, '某省/某市/甲区')],
  'sim/2022.json': [report('虚构县', 2022, '虚拟省/虚构县')],
};

beforeEach(() => {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => {
      const path = url.replace(/^\//, '');
      return path in FILES
        ? new Response(JSON.stringify(FILES[path]), { status: 200 })
        : new Response('not found', { status: 404 });
    }),
  );
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  window.history.replaceState(null, '', '/');
});

async function open(search: string) {
  window.history.replaceState(null, '', `/${search}`);
  render(<App />);
  await waitFor(() => expect(screen.getByRole('region', { name: '筛选' })).toBeTruthy());
}

describe('shell', () => {
  it('offers the eight views as links and switches view through the URL', async () => {
    await open('');
    const tabs = screen.getByRole('navigation', { name: '视图' });
    expect(tabs.textContent).toBe('总览趋势对比依申请复议诉讼数据质量单位档案导入');
    fireEvent.click(document.querySelector('[data-view-tab="quality"]')!);
    expect(window.location.search).toBe('?view=quality');
    expect(document.querySelector('[data-view-body]')?.getAttribute('data-view-body')).toBe(
      'quality',
    );
  });

  it('the filters list only years, regions and units that are loaded', async () => {
    await open('');
    const year = document.querySelector<HTMLSelectElement>('[data-filter="year"]')!;
    expect([...year.options].map((o) => o.value)).toEqual(['2021', '2022']);
    expect(year.value).toBe('2022');
    const scope = document.querySelector<HTMLSelectElement>('[data-filter="scope"]')!;
    await waitFor(() => expect(scope.options.length).toBeGreaterThan(1));
    expect([...scope.options].map((o) => o.value)).toEqual([
      'all',
      'region:某省',
      'region:某省/某市',
      'unit:甲区',
      'unit:乙区',
    ]);
    fireEvent.change(year, { target: { value: '2021' } });
    fireEvent.change(scope, { target: { value: 'unit:乙区' } });
    expect(new URLSearchParams(window.location.search).get('year')).toBe('2021');
    expect(new URLSearchParams(window.location.search).get('scope')).toBe('unit:乙区');
  });

  it('a link naming things that are not there shows notices and the default view', async () => {
    await open('?view=<b>x</b>&year=2030&scope=unit:丙区');
    // The view is judged from the link alone; the year and unit once the data is loaded.
    const notices = () => document.querySelector('[data-url-notices]')?.textContent ?? '';
    await waitFor(() => expect(notices()).toContain('scope=“丙区”'));
    expect(notices()).toContain('view=“<b>x</b>”');
    expect(notices()).toContain('year=“2030”');
    expect(document.querySelector('b')).toBeNull();
    expect(document.querySelector('[data-view-body]')?.getAttribute('data-view-body')).toBe(
      'overview',
    );
  });

  it('marks a simulated dataset on every view, and switches language', async () => {
    await open('?ds=sim&view=compare');
    await waitFor(() => expect(document.querySelector('[data-simulated-banner]')).toBeTruthy());
    fireEvent.click(screen.getByText('English'));
    expect(window.location.search).toContain('lang=en');
    expect(document.documentElement.lang).toBe('en');
    expect(screen.getByRole('navigation', { name: 'Views' }).textContent).toContain('Compare');
    expect(document.querySelector('[data-simulated-banner]')!.textContent).toContain('Simulated');
  });
});
