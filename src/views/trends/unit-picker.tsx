// A searchable multi-select of units: the picked ones as removable chips, then a filter box over
// at most MAX_LISTED matches (thousands of units must not become thousands of checkboxes).
import { useId, useState } from 'react';
import type { UnitEntry } from '../../domain/scope';
import { useT } from '../../state/lang';
import { TL } from './labels';

const MAX_LISTED = 30;

interface Props {
  units: readonly UnitEntry[];
  selected: readonly string[];
  onChange: (next: string[]) => void;
}

export function UnitPicker({ units, selected, onChange }: Props) {
  const tr = useT();
  const id = useId();
  const [query, setQuery] = useState('');
  const q = query.trim().toLowerCase();
  const matches = units.filter(
    (u) => !q || u.name.toLowerCase().includes(q) || (u.region ?? '').toLowerCase().includes(q),
  );
  const nameOf = (key: string) => units.find((u) => u.key === key)?.name ?? key;
  const toggle = (key: string) =>
    onChange(selected.includes(key) ? selected.filter((k) => k !== key) : [...selected, key]);
  return (
    <fieldset className="trends-units" data-control="units">
      <legend>{tr(TL.units)}</legend>
      {selected.length === 0 ? (
        <p className="panel-note">{tr(TL.noneSelected)}</p>
      ) : (
        <ul className="unit-chips">
          {selected.map((key) => (
            <li key={key}>
              <span>{nameOf(key)}</span>
              <button
                type="button"
                aria-label={`${tr(TL.remove)} ${nameOf(key)}`}
                onClick={() => toggle(key)}
              >
                ×
              </button>
            </li>
          ))}
          <li>
            <button type="button" onClick={() => onChange([])}>
              {tr(TL.clearUnits)}
            </button>
          </li>
        </ul>
      )}
      <input
        type="search"
        id={`${id}-search`}
        aria-label={tr(TL.unitSearch)}
        placeholder={tr(TL.unitSearch)}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      <ul className="unit-options">
        {matches.slice(0, MAX_LISTED).map((u) => (
          <li key={u.key}>
            <label>
              <input
                type="checkbox"
                data-unit={u.key}
                checked={selected.includes(u.key)}
                onChange={() => toggle(u.key)}
              />
              {u.name}
            </label>
          </li>
        ))}
      </ul>
      {matches.length === 0 && <p className="panel-note">{tr(TL.noUnitMatch)}</p>}
      {matches.length > MAX_LISTED && (
        <p className="panel-note">
          {matches.length - MAX_LISTED} {tr(TL.moreMatches)}
        </p>
      )}
    </fieldset>
  );
}
