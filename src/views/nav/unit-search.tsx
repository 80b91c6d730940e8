// A unit chosen by typing part of its name or region, for datasets with more units than a
// drop-down can usefully list: a province has thousands, and a <select> of 5,000 options cost
// the page about a second of building and styling before anything was drawn. The first
// matches show as buttons under the box; choosing one clears the box.
import { useMemo, useState } from 'react';
import type { UnitEntry } from '../../domain/scope';
import { useT } from '../../state/lang';
import { matchUnits } from '../unit-profile/unit-picker';

/** Above this many units the filters search instead of listing every unit. */
export const MANY_UNITS = 300;
const SHOWN = 20;

const T = {
  find: { zh: '查找单位…', en: 'Find a unit…' },
  matches: { zh: '匹配的单位', en: 'Matching units' },
  none: { zh: '没有匹配的单位', en: 'No unit matches' },
  more: { zh: `仅显示前 ${SHOWN} 个，请输入更多文字`, en: `First ${SHOWN} shown; type more` },
};

interface Props {
  units: readonly UnitEntry[];
  /** Accessible name of the box, e.g. 范围：查找单位. */
  label: string;
  onPick: (unitKey: string) => void;
  /** Names the box for tests (data-unit-search). */
  name: string;
}

export function UnitSearch({ units, label, onPick, name }: Props) {
  const tr = useT();
  const [query, setQuery] = useState('');
  const typed = query.trim() !== '';
  const matches = useMemo(
    () => (typed ? matchUnits(units, query).slice(0, SHOWN + 1) : []),
    [typed, units, query],
  );
  const pick = (key: string) => {
    setQuery('');
    onPick(key);
  };
  return (
    <span className="unit-search">
      <input
        type="search"
        aria-label={label}
        placeholder={tr(T.find)}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') setQuery('');
          if (e.key === 'Enter' && matches.length === 1) pick(matches[0]!.key);
        }}
        data-unit-search={name}
      />
      {typed && (
        <ul className="unit-search-matches" aria-label={tr(T.matches)} aria-live="polite">
          {matches.slice(0, SHOWN).map((u) => (
            <li key={u.key}>
              <button type="button" onClick={() => pick(u.key)} data-unit-match={u.key}>
                {u.name}
              </button>{' '}
              <span className="muted">{u.region ?? ''}</span>
            </li>
          ))}
          {matches.length === 0 && <li className="muted">{tr(T.none)}</li>}
          {matches.length > SHOWN && <li className="muted">{tr(T.more)}</li>}
        </ul>
      )}
    </span>
  );
}
