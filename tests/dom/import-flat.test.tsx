// @vitest-environment jsdom
// The import preview of crawler-flattened reports (runs left for the user to split) and of the
// source line each figure came from.
import 'fake-indexeddb/auto';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, waitFor } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DatasetState } from '../../src/queries/use-dataset';
import { DEFAULT_STATE } from '../../src/state/url-state';
import { ImportView } from '../../src/views/import/import-view';

afterEach(cleanup);

const fixture = (name: string) =>
  readFileSync(`tests/fixtures/reports-text/${name}`, 'utf8').toString();

const EMPTY: DatasetState = {
  status: 'success',
  errors: [],
  manifest: null,
  entry: null,
  files: [],
  reports: [],
  years: [],
  check: null,
};

async function showPasted(text: string) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <ImportView
        dataset={EMPTY}
        state={{ ...DEFAULT_STATE, view: 'import' }}
        update={vi.fn()}
        lang="zh"
      />
    </QueryClientProvider>,
  );
  fireEvent.change(document.querySelector('[data-paste]')!, { target: { value: text } });
  fireEvent.click(document.querySelector('[data-parse-paste]')!);
  // The text parser loads on demand: wait for the preview (or its refusal).
  await waitFor(() =>
    expect(document.querySelector('[data-draft], .messages-error li')).toBeTruthy(),
  );
}

const value = (key: string) =>
  (document.querySelector(`[data-cell="${key}"] input`) as HTMLInputElement).value;
const cell = (key: string) => document.querySelector(`[data-cell="${key}"]`) as HTMLElement;
const rowValues = (prefix: string) =>
  [...document.querySelectorAll(`[data-cell^="${prefix}."] input`)].map(
    (e) => (e as HTMLInputElement).value,
  );
const rules = () =>
  [...document.querySelectorAll('.import-findings [data-rule]')].map((li) =>
    li.getAttribute('data-rule'),
  );
const control = (printed: string) =>
  document.querySelector(`[data-run-split="${printed}"]`) as HTMLFormElement;

function typeSplit(printed: string, typed: string) {
  const form = control(printed);
  fireEvent.change(form.querySelector('[data-run-input]')!, { target: { value: typed } });
  fireEvent.submit(form);
}

const activeLine = () => {
  const active = document.querySelectorAll('[data-source-pane] [data-active]');
  expect(active).toHaveLength(1);
  return Number(active[0]!.getAttribute('data-source-line'));
};

describe('import preview: runs of run-together figures left for the user', () => {
  it('shows each run as printed next to its blank cells, instead of a bare warning', async () => {
    await showPasted(fixture('flattened-unique.txt'));
    const form = control('行政规范性文件5431');
    expect(form.textContent).toContain('原文“行政规范性文件5431”数字连在一起，请按原文拆分');
    expect(form.closest('.import-tables')).toBeTruthy();
    expect(cell('proactive.normativeDocuments.issued').getAttribute('data-unsplit')).toBe('true');
    expect(cell('proactive.normativeDocuments.issued').title).toContain('尚未拆分');
    expect(document.querySelector('[data-code="report-flat-unsplit"]')).toBeNull();
  });

  it('fills the cells from a typed split and re-runs the checks', async () => {
    await showPasted(fixture('flattened-unique.txt'));
    expect(rules()).toContain('MISSING');
    typeSplit('行政规范性文件5431', '5 4 31');
    expect(rowValues('proactive.normativeDocuments')).toEqual(['5', '4', '31']);
    expect(rules()).not.toContain('MISSING');
    expect(cell('proactive.normativeDocuments.issued').getAttribute('data-unsplit')).toBeNull();
    const form = control('行政规范性文件5431');
    expect(form.getAttribute('data-state')).toBe('filled');
    expect(form.querySelector('[data-run-filled]')!.textContent).toContain('5 · 4 · 31');
  });

  it('says inline what is wrong with a split and leaves the cells blank', async () => {
    await showPasted(fixture('flattened-unique.txt'));
    typeSplit('行政规范性文件5431', '5 4 32');
    const error = control('行政规范性文件5431').querySelector('[data-run-error]')!;
    expect(error.getAttribute('data-run-error')).toBe('digits');
    expect(error.textContent).toContain('与原文“5431”不一致');
    expect(rowValues('proactive.normativeDocuments')).toEqual(['', '', '']);
    typeSplit('行政规范性文件5431', '54 31');
    expect(control('行政规范性文件5431').querySelector('[data-run-error]')!.textContent).toContain(
      '这一行有 3 格，输入了 2 个数',
    );
  });

  it('offers the few splits that agree with the totals as one-click choices', async () => {
    await showPasted(fixture('flattened-ambiguous.txt'));
    const first = '6.属于四类过程性信息110000011';
    const second = '7.属于行政执法案卷110000011';
    const choices = [...control(first).querySelectorAll('[data-run-choice]')].map((b) =>
      b.getAttribute('data-run-choice'),
    );
    expect(choices).toEqual(['1 10 0 0 0 0 11', '11 0 0 0 0 0 11']);
    typeSplit(first, '11 0 0 0 0 0 11');
    expect(rowValues('requests.denied.processInfo')).toEqual(['11', '0', '0', '0', '0', '0', '11']);
    expect(rules()).not.toContain('T3-HANDLED');
    // The same choice for the other row breaks (七) 总计 12 / 10: the check says so at once …
    fireEvent.click(control(second).querySelector('[data-run-choice="11 0 0 0 0 0 11"]')!);
    expect(rules()).toContain('T3-HANDLED');
    expect(cell('requests.totalHandled.natural').className).toContain('cell-flagged');
    // … and the other choice settles it.
    fireEvent.click(control(second).querySelector('[data-run-choice="1 10 0 0 0 0 11"]')!);
    expect(rowValues('requests.denied.enforcementFile')).toEqual([
      '1',
      '10',
      '0',
      '0',
      '0',
      '0',
      '11',
    ]);
    expect(rules()).not.toContain('T3-HANDLED');
  });

  it('converts a 2019 procurement amount typed in 元 to 万元; fills 2019 rows', async () => {
    await showPasted(fixture('flattened-2019.txt'));
    typeSplit('政府集中采购4212345678.9元', '42 12345678.9');
    expect(value('proactive2019.procurement.projects')).toBe('42');
    expect(value('proactive2019.procurement.amount')).toBe('1234.56789');
    typeSplit('行政事业性收费120', '12 0');
    expect(rowValues('proactive2019.fees')).toEqual(['12', '0']);
    typeSplit('行政处罚1520305', '152 0 305');
    expect(rowValues('proactive2019.punishment')).toEqual(['152', '0', '305']);
  });
});

describe('import preview: the source line of a figure', () => {
  it('marks the line each of three identical rows was read from, not the first of them', async () => {
    await showPasted(fixture('table4-three-rows.txt'));
    const pane = document.querySelector('[data-source-pane]')!;
    const text = (line: number) =>
      pane.querySelector(`[data-source-line="${line}"] .source-text`)!.textContent;
    fireEvent.focus(document.querySelector('[data-cell="review.total"] input')!);
    const review = activeLine();
    fireEvent.focus(document.querySelector('[data-cell="litigationDirect.total"] input')!);
    const direct = activeLine();
    fireEvent.mouseEnter(cell('litigationAfterReview.maintained'));
    const after = activeLine();
    expect([text(review), text(direct), text(after)]).toEqual(Array(3).fill('0\t0\t0\t0\t0'));
    expect(direct).toBe(review + 3);
    expect(after).toBe(direct + 3);
    expect(text(direct - 2)).toBe('行政诉讼（未经复议直接起诉）');
  });

  it('marks the label line of a run when its box or its blank cells are pointed at', async () => {
    await showPasted(fixture('flattened-unique.txt'));
    const pane = document.querySelector('[data-source-pane]')!;
    fireEvent.mouseEnter(control('行政规范性文件5431'));
    const line = activeLine();
    expect(pane.querySelector('[data-active] .source-text')!.textContent).toBe('行政规范性文件');
    const lit = () =>
      [...document.querySelectorAll('.cell-run-pointed')].map((c) => c.getAttribute('data-cell'));
    expect(lit()).toEqual(
      ['issued', 'repealed', 'valid'].map((c) => `proactive.normativeDocuments.${c}`),
    );
    fireEvent.mouseEnter(cell('proactive.regulations.issued'));
    expect(activeLine()).not.toBe(line);
    expect(lit()).toEqual([]);
    fireEvent.focus(
      document.querySelector('[data-cell="proactive.normativeDocuments.valid"] input')!,
    );
    expect(activeLine()).toBe(line);
  });
});
