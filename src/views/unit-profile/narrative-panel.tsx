// The report's figures stated in prose (一、总体情况): published items (an approximate figure
// shown as "2,000+"), their breakdown, new-media accounts, letters and their completion rate.
import { formatCount, formatPercent } from '../../charts/format';
import type { Report } from '../../domain/report';
import { NARRATIVE_FIGURES, type NarrativeFigure } from '../../domain/template';
import { useT } from '../../state/lang';
import { U } from './labels';

export function narrativeText(report: Report, key: NarrativeFigure): string | null {
  const value = report.narrative[key];
  if (value === null) return null;
  const def = NARRATIVE_FIGURES.find((f) => f.key === key)!;
  const text = def.kind === 'rate' ? formatPercent(value) : formatCount(value);
  return report.narrative.approx.includes(key) ? `${text}+` : text;
}

export function NarrativeFigures({ report }: { report: Report }) {
  const tr = useT();
  const breakdown = Object.entries(report.narrative.publishedBreakdown);
  const other = Object.entries(report.narrative.other);
  const any = NARRATIVE_FIGURES.some((f) => report.narrative[f.key] !== null);
  return (
    <div className="narrative">
      {!any && <p className="state state-empty">{tr(U.noNarrative)}</p>}
      <dl className="stats">
        {NARRATIVE_FIGURES.map((f) => {
          const text = narrativeText(report, f.key);
          const approx = report.narrative.approx.includes(f.key);
          return (
            <div className="stat" key={f.key} data-narrative={f.key}>
              <dt>
                {tr(f)}
                {f.kind === 'count' ? tr({ zh: `（${f.unit}）`, en: '' }) : ''}
              </dt>
              <dd title={approx ? tr(U.approx) : undefined}>{text ?? '—'}</dd>
            </div>
          );
        })}
      </dl>
      {breakdown.length > 0 && <Pairs title={tr(U.breakdown)} pairs={breakdown} id="breakdown" />}
      {other.length > 0 && <Pairs title={tr(U.otherFigures)} pairs={other} id="other" />}
    </div>
  );
}

function Pairs({ title, pairs, id }: { title: string; pairs: [string, number][]; id: string }) {
  return (
    <>
      <h3>{title}</h3>
      <ul className="pairs" data-pairs={id}>
        {pairs.map(([label, value]) => (
          <li key={label}>
            <span>{label}</span> <strong>{formatCount(value)}</strong>
          </li>
        ))}
      </ul>
    </>
  );
}
