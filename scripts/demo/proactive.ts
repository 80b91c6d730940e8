// Table 2 of one simulated report, in the 2021 template (stocks and decision counts) or the
// 2019 template (kept whole under proactive2019, with its 处理决定数量 as the comparable cells).
import { setCell } from '../../src/domain/cells';
import type { Report } from '../../src/domain/report';
import type { Rng } from './prng';

export interface Stock {
  issued: number;
  repealed: number;
  valid: number;
}

export interface Decisions {
  licensing: number;
  punishment: number;
  coercion: number;
  /** 万元 */
  fees: number;
}

/** This year's stock movement: valid = last year's valid + issued − repealed. */
export function nextStock(rng: Rng, previousValid: number, typicalIssued: number): Stock {
  if (typicalIssued === 0 && previousValid === 0) return { issued: 0, repealed: 0, valid: 0 };
  const issued = Math.max(0, Math.round(typicalIssued * rng.float(0.5, 1.5)));
  const repealed = Math.min(previousValid, Math.round(typicalIssued * rng.float(0, 1.1)));
  return { issued, repealed, valid: previousValid + issued - repealed };
}

export function fillProactive2021(
  report: Report,
  regulations: Stock,
  normative: Stock,
  d: Decisions,
): void {
  for (const [row, s] of [
    ['regulations', regulations],
    ['normativeDocuments', normative],
  ] as const) {
    setCell(report, `proactive.${row}.issued`, s.issued);
    setCell(report, `proactive.${row}.repealed`, s.repealed);
    setCell(report, `proactive.${row}.valid`, s.valid);
  }
  setDecisions(report, d);
  setCell(report, 'proactive.fees', d.fees);
}

function setDecisions(report: Report, d: Decisions): void {
  setCell(report, 'proactive.licensing', d.licensing);
  setCell(report, 'proactive.punishment', d.punishment);
  setCell(report, 'proactive.coercion', d.coercion);
}

/**
 * The 2019 template counts items (事项) and their change rather than stocks; 对外公开总数量
 * is the running total of published documents.
 */
export function fillProactive2019(
  report: Report,
  rng: Rng,
  regulations: Stock,
  normative: Stock,
  d: Decisions,
): void {
  for (const [row, s] of [
    ['regulations', regulations],
    ['normativeDocuments', normative],
  ] as const) {
    setCell(report, `proactive2019.${row}.made`, s.issued);
    setCell(report, `proactive2019.${row}.published`, s.issued);
    setCell(report, `proactive2019.${row}.total`, s.valid);
  }
  const items = (key: string, decisions: number, previous: number): void => {
    setCell(report, `proactive2019.${key}.previous`, previous);
    const change = previous === 0 ? 0 : rng.int(-Math.min(5, previous), 6);
    setCell(report, `proactive2019.${key}.change`, change);
    setCell(report, `proactive2019.${key}.decisions`, decisions);
  };
  items('licensing', d.licensing, rng.int(120, 420));
  items('otherServices', Math.round(d.licensing * rng.float(0.1, 0.3)), rng.int(20, 90));
  items('punishment', d.punishment, d.punishment > 0 ? rng.int(600, 2400) : 0);
  items('coercion', d.coercion, d.coercion > 0 ? rng.int(10, 60) : 0);
  setCell(report, 'proactive2019.fees.previous', rng.int(8, 36));
  setCell(report, 'proactive2019.fees.change', rng.int(-4, 1));
  setCell(report, 'proactive2019.procurement.projects', rng.int(6, 60));
  setCell(report, 'proactive2019.procurement.amount', toFixed4(rng.float(120, 9000)));
  setDecisions(report, d);
}

/** 万元 amounts keep at most 4 decimals. */
export function toFixed4(x: number): number {
  return Math.round(x * 10000) / 10000;
}
