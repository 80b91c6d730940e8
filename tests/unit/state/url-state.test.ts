// The URL is the state: a link reproduces the view, and a bad or stale link falls back to
// defaults with a notice instead of a blank page.
import { describe, expect, it } from 'vitest';
import {
  effectiveRange,
  effectiveYear,
  effectiveYearPair,
  resolveUrlState,
  type DatasetContext,
} from '../../../src/state/resolve';
import {
  DEFAULT_STATE,
  parseUrlState,
  serializeUrlState,
  type UrlState,
} from '../../../src/state/url-state';

const CONTEXT: DatasetContext = {
  datasetIds: ['samples', 'demo'],
  years: [2019, 2020, 2021, 2022],
  unitKeys: new Set(['平潭综合实验区', '示范区管委会办公室']),
  regions: ['福建省', '福建省/平潭综合实验区'],
};

describe('parseUrlState / serializeUrlState', () => {
  it('an empty query is the default view and serialises back to nothing', () => {
    const { state, notices } = parseUrlState('');
    expect(state).toEqual(DEFAULT_STATE);
    expect(notices).toEqual([]);
    expect(serializeUrlState(state)).toBe('');
  });

  it('round-trips every selection, Chinese unit names included', () => {
    const state: UrlState = {
      ...DEFAULT_STATE,
      dataset: 'demo',
      view: 'compare',
      lang: 'en',
      year: 2021,
      from: 2019,
      to: 2021,
      scope: { kind: 'region', path: '福建省/平潭综合实验区' },
      units: ['平潭综合实验区', '示范区管委会办公室'],
      indicator: 'completionRate',
      indicators: ['publishedItems', 'lettersReceived'],
      layout: 'multiples',
      yearA: 2020,
      yearB: 2021,
      rule: 'T4-SUM',
      severity: 'error',
      unit: '平潭综合实验区',
      outcome: 'denied',
    };
    const search = serializeUrlState(state);
    expect(parseUrlState(search)).toEqual({ state, notices: [] });
  });

  it.each([
    ['view=nonsense&year=2021', 'view', { view: 'overview', year: 2021 }],
    ['lang=fr&view=quality', 'lang', { lang: 'zh', view: 'quality' }],
    ['year=20x1&from=2020', 'year', { year: null, from: 2020 }],
    ['ind=averageRate', 'ind', { indicator: 'requestsNew' }],
    ['scope=town:x&unit=甲', 'scope', { scope: { kind: 'all' }, unit: '甲' }],
    ['rule=T9&sev=error', 'rule', { rule: null, severity: 'error' }],
    ['sev=fatal&rule=T4-SUM', 'sev', { severity: null, rule: 'T4-SUM' }],
  ])('%s: the bad value falls back with a notice, the good ones stay', (query, param, expected) => {
    const { state, notices } = parseUrlState(`?${query}`);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ param });
    expect(notices[0]!.zh).toContain('无法识别');
    expect(state).toMatchObject(expected);
  });

  it('keeps a hostile value as data: it only appears inside the notice text', () => {
    const { notices } = parseUrlState('?view=<img src=x onerror=alert(1)>');
    expect(notices[0]!.value).toBe('<img src=x onerror=alert(1)>');
  });
});

describe('resolveUrlState', () => {
  it('passes through values the data has', () => {
    const { state } = parseUrlState(
      '?ds=demo&year=2021&scope=unit:平潭综合实验区&units=示范区管委会办公室',
    );
    expect(resolveUrlState(state, CONTEXT)).toEqual({ state, notices: [] });
  });

  it('drops a year, dataset, unit or region the data does not have, naming each', () => {
    const { state } = parseUrlState(
      '?ds=gone&year=2030&scope=region:江苏省&units=平潭综合实验区,无此单位&unit=无此单位',
    );
    const resolved = resolveUrlState(state, CONTEXT);
    expect(resolved.state).toMatchObject({
      dataset: null,
      year: null,
      scope: { kind: 'all' },
      units: ['平潭综合实验区'],
      unit: null,
    });
    expect(resolved.notices.map((n) => n.param)).toEqual(['ds', 'year', 'scope', 'units', 'unit']);
  });

  it('swaps a reversed year range', () => {
    const { state } = parseUrlState('?from=2022&to=2020');
    expect(resolveUrlState(state, CONTEXT).state).toMatchObject({ from: 2020, to: 2022 });
  });
});

describe('effective years', () => {
  const years = [2019, 2020, 2021, 2022];
  it('defaults to the latest year, the whole range and the last two years', () => {
    expect(effectiveYear(DEFAULT_STATE, years)).toBe(2022);
    expect(effectiveRange(DEFAULT_STATE, years)).toEqual(years);
    expect(effectiveYearPair(DEFAULT_STATE, years)).toEqual([2021, 2022]);
  });

  it('uses the chosen ones', () => {
    const state = { ...DEFAULT_STATE, year: 2020, from: 2020, to: 2021, yearA: 2019, yearB: 2022 };
    expect(effectiveYear(state, years)).toBe(2020);
    expect(effectiveRange(state, years)).toEqual([2020, 2021]);
    expect(effectiveYearPair(state, years)).toEqual([2019, 2022]);
  });

  it('has no pair and no year for a dataset with one or no years', () => {
    expect(effectiveYearPair(DEFAULT_STATE, [2022])).toBeNull();
    expect(effectiveYear(DEFAULT_STATE, [])).toBeNull();
  });
});

describe('presentation and chart preferences in the link', () => {
  it('reads decal, present and slide (1-based in the link) and writes them back', () => {
    const { state, notices } = parseUrlState('?decal=1&present=1&slide=3');
    expect(notices).toEqual([]);
    expect(state).toMatchObject({ decal: true, present: true, slide: 2 });
    expect(serializeUrlState(state)).toBe('?decal=1&present=1&slide=3');
  });

  it('falls back with a notice on a flag it does not understand', () => {
    const { state, notices } = parseUrlState('?decal=yes');
    expect(state.decal).toBe(false);
    expect(notices.map((n) => n.param)).toEqual(['decal']);
  });
});
