// Scope: which reports a view sums — all, a region and everything under it, or one unit.
import { describe, expect, it } from 'vitest';
import {
  inScope,
  parseScope,
  regionsOf,
  scopeToString,
  selectReports,
  unitsOf,
} from '../../../src/domain/scope';
import { makeReport } from '../../fixtures/reports';

function at(unit: string, year: number, region: string | null, unitId?: string) {
  const r = makeReport({ unit, year, ...(unitId ? { unitId } : {}) });
  r.region = region;
  return r;
}

const reports = [
  at('洪泽区', 2023, '江苏省/淮安市/洪泽区'),
  at('洪泽区', 2024, '江苏省/淮安市/洪泽区'),
  at('淮安市', 2024, '江苏省/淮安市'),
  at('沭阳县发改局', 2023, '江苏省/宿迁市/沭阳县'),
  at('平潭', 2023, '福建省/平潭综合实验区'),
];

describe('scope', () => {
  it.each(['all', 'region:江苏省/淮安市', 'unit:洪泽区', 'unit:a:b'])('%s round-trips', (text) => {
    expect(scopeToString(parseScope(text)!)).toBe(text);
  });

  it.each(['', 'region:', 'town:x', 'unit'])('%s is not a scope', (text) => {
    expect(parseScope(text)).toBeNull();
  });

  it('a region holds itself and everything under it, not a namesake prefix', () => {
    const names = selectReports(reports, { kind: 'region', path: '江苏省/淮安市' }).map(
      (r) => `${r.unit} ${r.year}`,
    );
    expect(names).toEqual(['洪泽区 2023', '洪泽区 2024', '淮安市 2024']);
    expect(
      inScope(at('x', 2023, '江苏省/淮安市区'), { kind: 'region', path: '江苏省/淮安市' }),
    ).toBe(false);
  });

  it('a unit is matched by its id when it has one', () => {
    const withId = at('洪泽区人民政府', 2025, null, '320813');
    expect(inScope(withId, { kind: 'unit', unit: '320813' })).toBe(true);
    expect(inScope(withId, { kind: 'unit', unit: '洪泽区人民政府' })).toBe(false);
  });

  it('lists regions shared by more than one unit, and units with their years', () => {
    expect(regionsOf(reports)).toEqual(['江苏省', '江苏省/淮安市']);
    expect(unitsOf(reports).find((u) => u.name === '洪泽区')).toEqual({
      key: '洪泽区',
      name: '洪泽区',
      region: '江苏省/淮安市/洪泽区',
      years: [2023, 2024],
    });
  });
});

describe('units and regions are worked out once per reports array', () => {
  it('gives the same frozen list again for the same array, and a fresh one for another', () => {
    const list = [...reports];
    expect(unitsOf(list)).toBe(unitsOf(list));
    expect(regionsOf(list)).toBe(regionsOf(list));
    expect(Object.isFrozen(unitsOf(list))).toBe(true);
    const more = [...list, at('新单位', 2024, '江苏省/淮安市/洪泽区')];
    expect(unitsOf(more).map((u) => u.name)).toContain('新单位');
    expect(unitsOf(list).map((u) => u.name)).not.toContain('新单位');
  });
});

describe('selectReports', () => {
  it('gives the very array for all units, and the same frozen selection again for a region', () => {
    const list = [...reports];
    expect(selectReports(list, { kind: 'all' })).toBe(list);
    const region = { kind: 'region', path: '江苏省/淮安市' } as const;
    const first = selectReports(list, region);
    expect(first.map((r) => r.unit)).toEqual(['洪泽区', '洪泽区', '淮安市']);
    expect(selectReports(list, { ...region })).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
  });
});
