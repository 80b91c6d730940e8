// The selections shared by the views: year, year range and scope (all units, a region, or one
// unit). Options come from the loaded data, so nothing can be picked that is not there.
import { memo } from 'react';
import { regionsOf, scopeToString, parseScope, unitsOf, type UnitEntry } from '../../domain/scope';
import { useT } from '../../state/lang';
import { YearSelect } from '../../ui/year-select';
import { effectiveRange, effectiveYear } from '../../state/resolve';
import type { ViewProps } from '../view-props';
import { MANY_UNITS, UnitSearch } from './unit-search';

const ALL_UNITS = { zh: '全部单位', en: 'All units' };

export function FilterBar({ dataset, state, update }: Omit<ViewProps, 'lang'>) {
  const tr = useT();
  const years = dataset.years;
  if (years.length === 0) return null;
  const year = effectiveYear(state, years);
  const range = effectiveRange(state, years);
  const units = unitsOf(dataset.reports);
  const regions = regionsOf(dataset.reports);
  // A province's units are found by typing; the select then lists the chosen one only.
  const many = units.length > MANY_UNITS;
  const unitScope = state.scope.kind === 'unit' ? state.scope.unit : null;
  return (
    <div className="filter-bar" role="group" aria-label={tr({ zh: '筛选', en: 'Filters' })}>
      <label>
        {tr({ zh: '年度', en: 'Year' })}
        <YearSelect
          filter="year"
          value={year}
          years={years}
          onChange={(y) => update({ year: y })}
        />
      </label>
      <label>
        {tr({ zh: '年度范围', en: 'Years' })}
        <YearSelect
          filter="from"
          value={range[0]}
          years={years}
          onChange={(y) => update({ from: y })}
        />
        –
        <YearSelect
          filter="to"
          value={range[range.length - 1]}
          years={years}
          onChange={(y) => update({ to: y })}
        />
      </label>
      <label>
        {tr({ zh: '范围', en: 'Scope' })}
        <ScopeSelect
          value={scopeToString(state.scope)}
          units={many ? units.filter((u) => unitScope === u.key) : units}
          regions={regions}
          update={update}
        />
      </label>
      {many && (
        <UnitSearch
          units={units}
          label={tr({ zh: '范围：查找单位', en: 'Scope: find a unit' })}
          onPick={(unit) => update({ scope: { kind: 'unit', unit } })}
          name="scope"
        />
      )}
    </div>
  );
}

interface ScopeSelectProps {
  value: string;
  units: readonly UnitEntry[];
  regions: readonly string[];
  update: ViewProps['update'];
}

/** Drawn again only when the scope or the data change: a province lists thousands of units. */
const ScopeSelect = memo(function ScopeSelect({ value, units, regions, update }: ScopeSelectProps) {
  const tr = useT();
  return (
    <select
      data-filter="scope"
      value={value}
      onChange={(e) => update({ scope: parseScope(e.target.value) ?? { kind: 'all' } })}
    >
      <option value="all">{tr(ALL_UNITS)}</option>
      {regions.length > 0 && (
        <optgroup label={tr({ zh: '地区', en: 'Regions' })}>
          {regions.map((r) => (
            <option key={r} value={`region:${r}`}>
              {r}
            </option>
          ))}
        </optgroup>
      )}
      <optgroup label={tr({ zh: '单位', en: 'Units' })}>
        {units.map((u) => (
          <option key={u.key} value={`unit:${u.key}`}>
            {u.name}
          </option>
        ))}
      </optgroup>
    </select>
  );
});
