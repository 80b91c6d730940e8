// The selections shared by the views: year, year range and scope (all units, a region, or one
// unit). Options come from the loaded data, so nothing can be picked that is not there; a
// province's thousands of units are searched rather than scrolled (ui/choice.tsx).
import { useMemo } from 'react';
import { regionsOf, scopeToString, parseScope, unitsOf } from '../../domain/scope';
import { useLang, useT } from '../../state/lang';
import { Choice, type ChoiceOption } from '../../ui/choice';
import { YearSelect } from '../../ui/year-select';
import { effectiveRange, effectiveYear } from '../../state/resolve';
import type { ViewProps } from '../view-props';

const ALL_UNITS = { zh: '全部单位', en: 'All units' };
const REGIONS = { zh: '地区', en: 'Regions' };
const UNITS = { zh: '单位', en: 'Units' };

export function FilterBar({ dataset, state, update }: Omit<ViewProps, 'lang'>) {
  const tr = useT();
  const lang = useLang();
  const years = dataset.years;
  const units = unitsOf(dataset.reports);
  const regions = regionsOf(dataset.reports);
  // Made again only when the units or the language change, not on every change of year: a
  // province lists thousands of units.
  const scopeOptions = useMemo<ChoiceOption[]>(
    () => [
      { value: 'all', label: ALL_UNITS[lang] },
      ...regions.map((r) => ({ value: `region:${r}`, label: r, group: REGIONS[lang] })),
      ...units.map((u) => ({
        value: `unit:${u.key}`,
        label: u.name,
        group: UNITS[lang],
        hint: u.region ?? undefined,
      })),
    ],
    [units, regions, lang],
  );
  if (years.length === 0) return null;
  const year = effectiveYear(state, years);
  const range = effectiveRange(state, years);
  return (
    <section className="filter-bar" aria-label={tr({ zh: '筛选', en: 'Filters' })}>
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
        <Choice
          filter="scope"
          label={tr({ zh: '范围', en: 'Scope' })}
          options={scopeOptions}
          value={scopeToString(state.scope)}
          onChange={(v) => update({ scope: parseScope(v) ?? { kind: 'all' } })}
        />
      </label>
    </section>
  );
}
