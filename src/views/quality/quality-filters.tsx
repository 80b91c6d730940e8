// The Quality view's own filters: rule, severity, unit and year. Each writes the URL; the year
// select sets the shell's year range (from = to), so "all" is the whole range again.
import { RULE_IDS, type RuleId, type Severity } from '../../domain/findings';
import { unitsOf } from '../../domain/scope';
import { useT } from '../../state/lang';
import { effectiveRange } from '../../state/resolve';
import { Choice } from '../../ui/choice';
import { F, SEVERITY_TEXT } from '../findings/labels';
import type { ViewProps } from '../view-props';

const SEVERITIES: Severity[] = ['error', 'warning', 'info'];

export function QualityFilters({ dataset, state, update }: Omit<ViewProps, 'lang'>) {
  const tr = useT();
  const years = dataset.years;
  const range = effectiveRange(state, years);
  const allYears = range.length === years.length;
  const yearValue = allYears ? 'all' : range.length === 1 ? String(range[0]) : 'range';
  const units = unitsOf(dataset.reports);
  return (
    <div className="quality-filters" role="group" aria-label={tr(F.filters)}>
      <label>
        {tr(F.rule)}
        <select
          data-filter="rule"
          value={state.rule ?? ''}
          onChange={(e) => update({ rule: (e.target.value || null) as RuleId | null })}
        >
          <option value="">{tr(F.allRules)}</option>
          {RULE_IDS.map((id) => (
            <option key={id} value={id}>
              {id}
            </option>
          ))}
        </select>
      </label>
      <label>
        {tr(F.severity)}
        <select
          data-filter="severity"
          value={state.severity ?? ''}
          onChange={(e) => update({ severity: (e.target.value || null) as Severity | null })}
        >
          <option value="">{tr(F.allSeverities)}</option>
          {SEVERITIES.map((s) => (
            <option key={s} value={s}>
              {tr(SEVERITY_TEXT[s])}
            </option>
          ))}
        </select>
      </label>
      <label>
        {tr(F.unit)}
        <Choice
          filter="unit"
          label={tr(F.unit)}
          options={[
            { value: '', label: tr(F.allUnits) },
            ...units.map((u) => ({ value: u.key, label: u.name, hint: u.region ?? undefined })),
          ]}
          value={state.units.length === 1 ? state.units[0]! : ''}
          onChange={(v) => update({ units: v ? [v] : [] })}
        />
      </label>
      <label>
        {tr(F.year)}
        <select
          data-filter="finding-year"
          value={yearValue}
          onChange={(e) => {
            const v = e.target.value;
            if (v === 'all') update({ from: null, to: null });
            else update({ from: Number(v), to: Number(v) });
          }}
        >
          <option value="all">{tr(F.allYears)}</option>
          {yearValue === 'range' && (
            <option value="range" disabled>
              {range[0]}–{range[range.length - 1]}
            </option>
          )}
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
