// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { emptyReport } from '../../src/domain/cells';
import type { Report } from '../../src/domain/report';
import type { DatasetEntry } from '../../src/io/manifest';
import type { DatasetState } from '../../src/queries/use-dataset';
import { EChart } from '../../src/ui/echart';
import { FilesView } from '../../src/views/files/files-view';
import { UnitsView } from '../../src/views/units/units-view';

afterEach(cleanup);

const ENTRY: DatasetEntry = {
  id: 'samples',
  title: { zh: '真实报告样本', en: 'Samples' },
  simulated: false,
  years: [2021, 2022],
  files: { '2021': 'samples/2021.json', '2022': 'samples/2022.json' },
  source: { zh: '政府网站', en: 'Government websites' },
};

function report(unit: string, year: number): Report {
  return emptyReport(unit, year, '2021');
}

function dataset(over: Partial<DatasetState>): DatasetState {
  return {
    status: 'success',
    errors: [],
    manifest: { version: 1, datasets: [ENTRY] },
    entry: ENTRY,
    files: [],
    reports: [],
    years: [2021, 2022],
    check: null,
    ...over,
  };
}

const units = () => document.querySelector('[data-panel="units"]')!;

describe('a data panel shows each of its four states', () => {
  it('pending: says it is loading and draws no table', () => {
    render(<UnitsView dataset={dataset({ status: 'pending' })} />);
    expect(units().getAttribute('data-status')).toBe('pending');
    expect(screen.getByText('加载中…')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('error: shows what failed, with the file named', () => {
    const errors = [
      {
        code: 'HTTP',
        file: 'manifest.json',
        zh: '无法读取文件 manifest.json（HTTP 500）',
        en: 'x',
      },
    ];
    render(<UnitsView dataset={dataset({ status: 'error', errors, entry: null })} />);
    expect(units().getAttribute('data-status')).toBe('error');
    expect(within(units() as HTMLElement).getByRole('alert').textContent).toContain(
      '无法读取文件 manifest.json（HTTP 500）',
    );
  });

  it('empty: a loaded dataset without reports says so', () => {
    render(<UnitsView dataset={dataset({ reports: [] })} />);
    expect(units().getAttribute('data-status')).toBe('empty');
    expect(screen.getByText('该数据集没有可用的报告')).toBeTruthy();
  });

  it('success: lists every unit with the years it reported', () => {
    const reports = [
      report('平潭综合实验区', 2021),
      report('平潭综合实验区', 2022),
      report('示范区管委会办公室', 2022),
    ];
    render(<UnitsView dataset={dataset({ reports })} />);
    expect(units().getAttribute('data-status')).toBe('success');
    const row = document.querySelector('[data-unit="示范区管委会办公室"]') as HTMLElement;
    expect(within(row).getAllByText('●')).toHaveLength(1);
    expect(screen.getByRole('heading', { name: /单位与年度覆盖（2）/ })).toBeTruthy();
  });
});

describe('a province of units', () => {
  it('lists a province 100 units to a page, with a pager to the rest', () => {
    const many = Array.from({ length: 250 }, (_, i) =>
      report(`单位${String(i).padStart(3, '0')}`, 2021),
    );
    render(<UnitsView dataset={dataset({ reports: many })} />);
    const rows = () => units().querySelectorAll('tbody tr');
    expect(rows()).toHaveLength(100);
    expect(units().querySelector('h2')!.textContent).toContain('250');
    const pager = within(units() as HTMLElement).getByRole('group', { name: /分页/ });
    expect(pager.textContent).toContain('1 / 3');
    fireEvent.click(units().querySelector('[data-pager="next"]')!);
    expect(rows()).toHaveLength(100);
    expect(rows()[0]!.getAttribute('data-unit')).toBe('单位100');
    fireEvent.click(units().querySelector('[data-pager="next"]')!);
    expect(rows()).toHaveLength(50);
    expect(units().querySelector('[data-pager="next"]')!.hasAttribute('disabled')).toBe(true);
  });

  it('shows no pager for a city-sized list', () => {
    render(<UnitsView dataset={dataset({ reports: [report('甲', 2021)] })} />);
    expect(units().querySelector('[data-pager]')).toBeNull();
  });
});

describe('untrusted text stays text', () => {
  it('renders a hostile unit name literally, creating no element from it', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    render(<UnitsView dataset={dataset({ reports: [report(hostile, 2022)] })} />);
    expect(screen.getByText(hostile)).toBeTruthy();
    expect(document.querySelector('img')).toBeNull();
  });
});

describe('files panel', () => {
  it('keeps a failed file on screen with its name and the loader message', () => {
    const files: DatasetState['files'] = [
      {
        key: '2022',
        year: 2022,
        path: 'samples/2022.json',
        status: 'error',
        result: null,
        errors: [
          {
            code: 'HTTP',
            file: 'samples/2022.json',
            zh: '无法读取文件 samples/2022.json（HTTP 404）',
            en: 'x',
          },
        ],
        warnings: [],
      },
    ];
    render(<FilesView dataset={dataset({ files })} />);
    const row = document.querySelector('[data-file="samples/2022.json"]') as HTMLElement;
    expect(row.getAttribute('data-status')).toBe('error');
    expect(row.textContent).toContain('加载失败');
    expect(row.textContent).toContain('HTTP 404');
  });
});

describe('chart container states', () => {
  it.each([
    ['pending', 'loading', '加载中…'],
    ['empty', 'empty', '所选年度均未报告该指标'],
    ['error', 'error', '所选年度均未报告该指标'],
  ] as const)('status %s → data-state %s', (status, state, message) => {
    render(
      <EChart id="t" label="图" status={status} option={null} message="所选年度均未报告该指标" />,
    );
    const chart = document.querySelector('[data-chart="t"]')!;
    expect(chart.getAttribute('data-state')).toBe(state);
    expect(chart.textContent).toBe(message);
  });

  it('a successful query with nothing to draw is empty, not loading forever', () => {
    render(<EChart id="t" label="图" status="success" option={null} />);
    expect(document.querySelector('[data-chart="t"]')!.getAttribute('data-state')).toBe('empty');
  });
});
