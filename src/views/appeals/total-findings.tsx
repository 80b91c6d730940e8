// The T4-SUM findings of the reports on screen: where a printed 总计 disagrees with its
// components, so a reader knows the stacks (components) and the rates (总计 − 尚未审结) differ.
import { colon } from '../../charts/format';
import type { Finding } from '../../domain/findings';
import type { Lang } from '../../state/url-state';
import { useCapped } from '../../ui/capped';
import { Panel, type PanelStatus } from '../../ui/panel';
import { AL } from './labels';

interface Props {
  findings: readonly Finding[];
  lang: Lang;
  status: PanelStatus;
}

export function TotalFindings({ findings, lang, status }: Props) {
  const { shown, more } = useCapped(findings, AL.allInQuality[lang]);
  return (
    <Panel
      id="appeals-findings"
      title={AL.findings[lang]}
      note={AL.findingsNote[lang]}
      status={status}
    >
      {findings.length === 0 ? (
        <p className="state state-empty">{AL.noFindings[lang]}</p>
      ) : (
        <>
          <ul className="messages messages-warning" data-findings="T4-SUM">
            {shown.map((f, i) => (
              <li key={i}>
                {f.unit} · {f.year}
                {colon(lang)}
                {f.message[lang]}
              </li>
            ))}
          </ul>
          {more}
        </>
      )}
    </Panel>
  );
}

/** T4-SUM findings of the given units (names) and years. */
export function totalFindings(
  findings: readonly Finding[] | undefined,
  units: ReadonlySet<string>,
  years: readonly number[],
): Finding[] {
  return (findings ?? []).filter(
    (f) => f.rule === 'T4-SUM' && units.has(f.unit) && years.includes(f.year),
  );
}
