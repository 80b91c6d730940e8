// @vitest-environment jsdom
// The controls that keep a province's thousands of units from becoming thousands of DOM nodes:
// a choice that is a native select for a city and a searchable combobox beyond, a table that
// pages (and finds a row by name), a list that shows its first items and counts the rest.
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LangProvider } from '../../src/state/lang';
import { useCapped, LIST_CAP } from '../../src/ui/capped';
import { Choice, type ChoiceOption } from '../../src/ui/choice';
import { LISTED } from '../../src/ui/combobox';
import { PagedRows } from '../../src/ui/paged-rows';
import { PAGE_ROWS } from '../../src/ui/paging';

afterEach(cleanup);

const name = (i: number) => `测试单位${String(i + 1).padStart(5, '0')}`;
const units = (n: number): ChoiceOption[] => [
  { value: 'all', label: '全部单位' },
  ...Array.from({ length: n }, (_, i) => ({
    value: `unit:${name(i)}`,
    label: name(i),
    group: '单位',
    hint: i % 2 ? '某省/乙市' : '某省/甲市',
  })),
];

function renderChoice(options: ChoiceOption[], value = 'all') {
  const onChange = vi.fn();
  render(
    <LangProvider lang="zh">
      <label>
        范围
        <Choice filter="scope" label="范围" options={options} value={value} onChange={onChange} />
      </label>
    </LangProvider>,
  );
  return onChange;
}

describe('a choice among many', () => {
  it('is a native select with its groups for a city', () => {
    const onChange = renderChoice(units(21));
    const select = document.querySelector('select[data-filter="scope"]')!;
    expect(select.querySelectorAll('option')).toHaveLength(22);
    expect(select.querySelector('optgroup')!.getAttribute('label')).toBe('单位');
    fireEvent.change(select, { target: { value: `unit:${name(3)}` } });
    expect(onChange).toHaveBeenCalledWith(`unit:${name(3)}`);
  });

  it('is a searchable combobox listing at most 50 of 5,000 units', async () => {
    renderChoice(units(5000));
    const box = await screen.findByRole('combobox', {}, { timeout: 10000 });
    expect(document.querySelector('select')).toBeNull();
    expect((box as HTMLInputElement).value).toBe('全部单位');
    expect(box.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(box);
    expect(screen.getByRole('listbox', { name: '范围' })).toBeTruthy();
    expect(screen.getAllByRole('option')).toHaveLength(LISTED);
    expect(document.querySelector('[data-more]')!.textContent).toBe(
      `另有 ${(5001 - LISTED).toLocaleString('zh-CN')} 项，请继续输入以缩小范围`,
    );
    expect(document.querySelectorAll('*').length).toBeLessThan(300);
  });

  it('finds a unit by typing, chooses it with ↓ and Enter, and shows its name', async () => {
    const onChange = renderChoice(units(5000));
    const box = (await screen.findByRole('combobox', {}, { timeout: 10000 })) as HTMLInputElement;
    fireEvent.change(box, { target: { value: '01234' } });
    const options = screen.getAllByRole('option');
    expect(options.map((o) => o.getAttribute('data-value'))).toEqual([`unit:${name(1233)}`]);
    expect(box.getAttribute('aria-activedescendant')).toBe(options[0]!.id);
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(onChange).toHaveBeenCalledWith(`unit:${name(1233)}`);
    expect(box.getAttribute('aria-expanded')).toBe('false');
  });

  it('matches the hint (a region) too, moves with the arrow keys and closes on Esc', async () => {
    const onChange = renderChoice(units(5000), `unit:${name(0)}`);
    const box = (await screen.findByRole('combobox', {}, { timeout: 10000 })) as HTMLInputElement;
    expect(box.value).toBe(name(0));
    fireEvent.change(box, { target: { value: '乙市' } });
    expect(screen.getAllByRole('option')[0]!.getAttribute('data-value')).toBe(`unit:${name(1)}`);
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    fireEvent.keyDown(box, { key: 'ArrowUp' });
    const active = document.getElementById(box.getAttribute('aria-activedescendant')!)!;
    expect(active.getAttribute('data-value')).toBe(`unit:${name(3)}`);
    fireEvent.keyDown(box, { key: 'Escape' });
    expect(onChange).not.toHaveBeenCalled();
    expect(box.value).toBe(name(0));
    expect(screen.queryAllByRole('option')).toHaveLength(0);
  });

  it('says when nothing matches, and a click on an option chooses it', async () => {
    const onChange = renderChoice(units(400));
    const box = await screen.findByRole('combobox', {}, { timeout: 10000 });
    fireEvent.change(box, { target: { value: '上海' } });
    expect(screen.queryAllByRole('option')).toHaveLength(0);
    expect(document.querySelector('[data-more]')!.textContent).toBe('没有匹配项');
    fireEvent.change(box, { target: { value: '00399' } });
    fireEvent.mouseDown(screen.getByRole('option'));
    expect(onChange).toHaveBeenCalledWith(`unit:${name(398)}`);
  });
});

function Table({ rows }: { rows: string[] }) {
  return (
    <PagedRows rows={rows} nameOf={(r) => r} label="单位">
      {(shown) => (
        <table>
          <tbody>
            {shown.map((r) => (
              <tr key={r}>
                <th>{r}</th>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </PagedRows>
  );
}

const rowNames = () => [...document.querySelectorAll('tbody th')].map((c) => c.textContent);

describe('a long table', () => {
  it('shows a city-sized table whole, with no controls', () => {
    render(
      <LangProvider lang="zh">
        <Table rows={Array.from({ length: 150 }, (_, i) => name(i))} />
      </LangProvider>,
    );
    expect(rowNames()).toHaveLength(150);
    expect(document.querySelector('[data-pager]')).toBeNull();
  });

  it('pages 5,000 rows 100 at a time and finds one by name', () => {
    render(
      <LangProvider lang="zh">
        <Table rows={Array.from({ length: 5000 }, (_, i) => name(i))} />
      </LangProvider>,
    );
    expect(rowNames()).toHaveLength(PAGE_ROWS);
    const count = document.querySelector('[data-total]')!;
    expect(count.textContent).toBe('第 1–100 行，共 5,000 行');
    fireEvent.click(document.querySelector('[data-pager="next"]')!);
    expect(rowNames()[0]).toBe(name(100));
    fireEvent.click(document.querySelector('[data-pager="last"]')!);
    expect(rowNames().at(-1)).toBe(name(4999));
    expect(document.querySelector<HTMLButtonElement>('[data-pager="next"]')!.disabled).toBe(true);
    fireEvent.change(document.querySelector('[data-row-filter]')!, { target: { value: '02345' } });
    expect(rowNames()).toEqual([name(2344)]);
    expect(count.textContent).toBe('第 1–1 行，共 1 行');
    expect(document.querySelectorAll('*').length).toBeLessThan(100);
  });
});

function List({ items }: { items: string[] }) {
  const { shown, more } = useCapped(items, '「数据质量」列出全部');
  return (
    <div>
      <ul>
        {shown.map((i) => (
          <li key={i}>{i}</li>
        ))}
      </ul>
      {more}
    </div>
  );
}

describe('a list of thousands', () => {
  it('shows the first 20, says how many more and where they all are, and shows more on request', () => {
    render(
      <LangProvider lang="zh">
        <List items={Array.from({ length: 480 }, (_, i) => name(i))} />
      </LangProvider>,
    );
    expect(document.querySelectorAll('li')).toHaveLength(LIST_CAP);
    const more = document.querySelector('[data-capped-hidden]')!;
    expect(more.textContent).toContain('另有 460 项未列出，「数据质量」列出全部');
    act(() => {
      fireEvent.click(more.querySelector('button')!);
    });
    expect(document.querySelectorAll('li')).toHaveLength(2 * LIST_CAP);
  });

  it('shows a short list whole', () => {
    render(
      <LangProvider lang="zh">
        <List items={['甲', '乙']} />
      </LangProvider>,
    );
    expect(document.querySelectorAll('li')).toHaveLength(2);
    expect(document.querySelector('[data-capped-hidden]')).toBeNull();
  });
});
