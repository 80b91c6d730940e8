// @vitest-environment jsdom
// Presentation mode as a presenter meets it: which parts of a view become slides, what each key
// does to the slide in the link, that Esc hands focus back to 演示, and the 打印 dialog's keyboard
// behaviour. (Drawing on the stage and printing are measured in the browser: present-print.mjs.)
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/app';
import { LangProvider } from '../../src/state/lang';
import { PrintButton } from '../../src/views/nav/print-button';
import { findSlides, slideContext, slideTitle } from '../../src/views/present/slides';

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
const report = (unit: string, year: number, n: number) => ({
  unit,
  year,
  region: '某省/某市',
  format: '2021',
  requests: { new: { total: n } },
});
const FILES: Record<string, unknown> = {
  'manifest.json': MANIFEST,
  'real/2021.json': [report('甲区', 2021, 5), report('乙区', 2021, 7)],
  'real/2022.json': [report('甲区', 2022, 9)],
  'sim/2022.json': [report('虚构县', 2022, 3)],
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
  document.body.innerHTML = '';
});

describe('which parts of a view are slides', () => {
  it('takes [data-slide] elements in reading order, not nested or hidden ones', () => {
    document.body.innerHTML = `
      <main data-view-body="overview">
        <section class="panel"><h2>核心指标 · 2022</h2>
          <div class="kpi-row" data-slide data-slide-title="核心指标（1/2）"></div>
          <div class="kpi-row" data-slide data-slide-title="核心指标（2/2）"></div>
        </section>
        <section class="panel"><h2>年度趋势 · 全部单位</h2>
          <figure data-slide data-slide-title="本年新收申请"><div data-slide>part of it</div></figure>
          <div hidden><figure data-slide data-slide-title="收起的图"></figure></div>
          <div class="chart-card"><h3>依申请办结率</h3><figure data-slide=""></figure></div>
        </section>
      </main>`;
    const slides = findSlides(document.querySelector('main')!);
    expect(slides.map(slideTitle)).toEqual([
      '核心指标（1/2）',
      '核心指标（2/2）',
      '本年新收申请',
      '依申请办结率',
    ]);
    expect(slides.map(slideContext)).toEqual([
      '核心指标 · 2022',
      '核心指标 · 2022',
      '年度趋势 · 全部单位',
      '年度趋势 · 全部单位',
    ]);
  });
});

async function present(search: string) {
  window.history.replaceState(null, '', `/${search}`);
  render(<App />);
  await waitFor(() => expect(document.querySelector('[data-kpi]')).toBeTruthy(), WAIT);
  await waitFor(() => expect(document.querySelector('[data-present-stage]')).toBeTruthy(), WAIT);
}

/** Loading the dataset takes a while on a busy machine; this is patience, not a timing test. */
const WAIT = { timeout: 5000 };

const params = () => new URLSearchParams(window.location.search);
const stageNumber = () =>
  document.querySelector('[data-present-stage]')?.getAttribute('data-present-stage');
const key = (k: string, init: KeyboardEventInit = {}) =>
  act(() => {
    fireEvent.keyDown(document.activeElement ?? window, { key: k, ...init });
  });

describe('presentation mode', () => {
  it('演示 opens a title slide naming the dataset, scope and years, and focuses the stage', async () => {
    window.history.replaceState(null, '', '/?scope=unit:甲区');
    render(<App />);
    await waitFor(() => expect(document.querySelector('[data-kpi]')).toBeTruthy(), WAIT);
    fireEvent.click(screen.getByRole('button', { name: '演示' }));
    expect(params().get('present')).toBe('1');
    const title = await waitFor(() => {
      const el = document.querySelector('[data-present-title-slide]');
      expect(el).toBeTruthy();
      return el!;
    }, WAIT);
    expect(title.textContent).toContain('总览');
    expect(title.textContent).toContain('真实样本');
    expect(title.textContent).toContain('甲区');
    expect(title.textContent).toContain('2021–2022');
    expect(document.activeElement?.classList.contains('present-stage')).toBe(true);
    expect(document.documentElement.hasAttribute('data-presenting')).toBe(true);
  });

  it('simulated data is marked on the title slide and on every slide', async () => {
    await present('?ds=sim&present=1');
    expect(document.querySelector('[data-present-title-slide] [data-simulated-mark]')).toBeTruthy();
    await key('ArrowRight');
    expect(document.querySelector('.present-bar')?.textContent).toContain('模拟数据');
  });

  it('slides are the title, each row of three KPI cards, then each figure', async () => {
    await present('?present=1');
    const view = document.querySelector('[data-view-body]')!;
    const slides = findSlides(view);
    const rows = slides.filter((s) => s.classList.contains('kpi-row'));
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.querySelectorAll('[data-kpi]').length <= 3)).toBe(true);
    expect(rows.map((r) => r.querySelectorAll('[data-kpi]').length).reduce((a, b) => a + b)).toBe(
      document.querySelectorAll('[data-kpi]').length,
    );
    expect(slides.indexOf(rows[0]!)).toBe(0);
    expect(slides.some((s) => s.matches('figure'))).toBe(true);
    expect(document.querySelector('[data-present-stage]')?.getAttribute('data-present-count')).toBe(
      String(slides.length + 1),
    );
  });

  it('→ PageDown Space move one slide and write it to the link; ← Shift+Space back; Home End', async () => {
    await present('?present=1');
    const count = Number(
      document.querySelector('[data-present-stage]')!.getAttribute('data-present-count'),
    );
    await key('ArrowRight');
    expect(params().get('slide')).toBe('2');
    expect(stageNumber()).toBe('2');
    expect(document.querySelector('[data-slide-current]')?.classList.contains('kpi-row')).toBe(
      true,
    );
    expect(document.querySelector('[data-present-live]')?.textContent).toBe(
      `第 2 页，共 ${count} 页`,
    );
    await key('PageDown');
    await key(' ');
    expect(params().get('slide')).toBe('4');
    await key('ArrowLeft');
    await key(' ', { shiftKey: true });
    expect(params().get('slide')).toBe('2');
    await key('End');
    expect(params().get('slide')).toBe(String(count));
    await key('ArrowRight');
    expect(params().get('slide')).toBe(String(count));
    expect(document.querySelectorAll('[data-slide-current]')).toHaveLength(1);
    await key('Home');
    expect(params().has('slide')).toBe(false);
    expect(params().get('present')).toBe('1');
    expect(document.querySelectorAll('[data-slide-current]')).toHaveLength(0);
  });

  it('→ pressed while the data still loads is kept in the link and shown once the slide exists', async () => {
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const served = vi.mocked(fetch).getMockImplementation()!;
    vi.mocked(fetch).mockImplementation(async (url) => {
      if (String(url).includes('real/2022.json')) await held;
      return served(url);
    });
    window.history.replaceState(null, '', '/?present=1');
    render(<App />);
    await waitFor(
      () => expect(document.querySelector('[data-present-loading]')).toBeTruthy(),
      WAIT,
    );
    await key('ArrowRight');
    expect(params().get('slide')).toBe('2');
    expect(stageNumber()).toBe('1');
    expect(document.querySelector('[data-present-counter]')?.textContent).toBe('1 / …');
    release();
    await waitFor(() => expect(stageNumber()).toBe('2'), WAIT);
    expect(document.querySelector('[data-present-loading]')).toBeNull();
    expect(document.querySelector('[data-slide-current]')?.classList.contains('kpi-row')).toBe(
      true,
    );
  });

  it('leaves the browser its keys: Alt+← and Ctrl+→ do not move slides', async () => {
    await present('?present=1&slide=2');
    await key('ArrowLeft', { altKey: true });
    await key('ArrowRight', { ctrlKey: true });
    expect(params().get('slide')).toBe('2');
  });

  it('a link opens on its slide, in English too', async () => {
    await present('?present=1&slide=3&lang=en');
    expect(stageNumber()).toBe('3');
    const count = document
      .querySelector('[data-present-stage]')!
      .getAttribute('data-present-count');
    expect(document.querySelector('[data-present-live]')?.textContent).toBe(`Slide 3 of ${count}`);
    expect(document.querySelector('[data-present-title]')?.textContent).toMatch(/^Key figures/);
  });

  it('Esc leaves: present and slide gone from the link, chrome back, focus on 演示', async () => {
    await present('?present=1&slide=2');
    await key('Escape');
    expect(params().has('present')).toBe(false);
    expect(params().has('slide')).toBe(false);
    await waitFor(() => expect(document.querySelector('[data-present-stage]')).toBeNull(), WAIT);
    expect(document.documentElement.hasAttribute('data-presenting')).toBe(false);
    expect(document.querySelectorAll('[data-slide-current]')).toHaveLength(0);
    expect(document.activeElement?.hasAttribute('data-present-button')).toBe(true);
  });

  it('Space on the exit button presses it instead of turning the page', async () => {
    await present('?present=1&slide=2');
    const exit = document.querySelector<HTMLButtonElement>('[data-present-exit]')!;
    exit.focus();
    await key(' ');
    expect(params().get('slide')).toBe('2');
    fireEvent.click(exit);
    expect(params().has('present')).toBe(false);
  });
});

describe('打印 dialog', () => {
  it('opens with the orientation chosen and focused; Esc closes it and returns focus', async () => {
    render(
      <LangProvider lang="zh">
        <PrintButton lang="zh" />
      </LangProvider>,
    );
    const button = screen.getByRole('button', { name: '打印' });
    fireEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    // The dialog's code loads with the print path (at once here: nothing drew first).
    const dialog = await screen.findByRole('dialog', { name: '打印' });
    const portrait = screen.getByRole('radio', { name: '纵向' }) as HTMLInputElement;
    expect(portrait.checked).toBe(true);
    // Focus moves in the dialog's effect, which may run after the dialog is found.
    await waitFor(() => expect(document.activeElement).toBe(portrait));
    fireEvent.click(screen.getByRole('radio', { name: '横向' }));
    expect((screen.getByRole('radio', { name: '横向' }) as HTMLInputElement).checked).toBe(true);
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(button);
  });

  it('the unit profile’s one-page print is its own labelled control, in English too', async () => {
    render(
      <LangProvider lang="en">
        <PrintButton lang="en" mode="onepage" />
      </LangProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'One-page print' }));
    expect((await screen.findByRole('dialog', { name: 'One-page print' })).textContent).toContain(
      'one A4 sheet',
    );
  });
});
