// Choosing a unit: a search box over unit names and regions, the first 50 matches as links.
import { useMemo, useState } from 'react';
import { unitsOf, type UnitEntry } from '../../domain/scope';
import type { Report } from '../../domain/report';
import { joinList } from '../../charts/format';
import { useLang, useT } from '../../state/lang';
import { UnitLink } from '../findings/unit-link';
import type { ViewProps } from '../view-props';
import { U } from './labels';

const SHOWN = 50;

export function matchUnits(units: readonly UnitEntry[], query: string): UnitEntry[] {
  const q = query.trim().toLowerCase();
  if (!q) return [...units];
  return units.filter(
    (u) => u.name.toLowerCase().includes(q) || (u.region ?? '').toLowerCase().includes(q),
  );
}

interface Props extends Pick<ViewProps, 'state' | 'update'> {
  reports: readonly Report[];
}

export function UnitPicker({ reports, state, update }: Props) {
  const tr = useT();
  const lang = useLang();
  const [query, setQuery] = useState('');
  const units = useMemo(() => unitsOf(reports), [reports]);
  const matches = matchUnits(units, query);
  return (
    <div className="unit-picker profile-controls">
      <label>
        {tr(U.search)}{' '}
        <input
          type="search"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          data-unit-search
        />
      </label>
      {matches.length === 0 && <p className="state state-empty">{tr(U.noMatch)}</p>}
      <ul className="unit-matches">
        {matches.slice(0, SHOWN).map((u) => (
          <li key={u.key}>
            <UnitLink state={state} update={update} unitKey={u.key} year={state.year}>
              {u.name}
            </UnitLink>{' '}
            <span className="muted">
              {u.region ?? ''} · {joinList(u.years, lang)}
            </span>
          </li>
        ))}
      </ul>
      {matches.length > SHOWN && <p className="panel-note">{tr(U.moreMatches)}</p>}
    </div>
  );
}
