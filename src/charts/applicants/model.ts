// Applicant model: the reports of a selection → 本年新收 by applicant column (自然人 and the five
// kinds of 法人或其他组织), each summed over the reports that filled it, its share of the summed
// total, and the reports that left it blank (shown as 未报告, never as 0).
import { getCell } from '../../domain/cells';
import { applicantShares } from '../../domain/indicators';
import type { Report } from '../../domain/report';
import { APPLICANT_COLUMNS, APPLICANT_PARTS } from '../../domain/template';
import { sumPart, type YearValue } from '../year-compare/model';

export interface ApplicantBar {
  key: (typeof APPLICANT_PARTS)[number];
  zh: string;
  en: string;
  count: YearValue;
  share: number | null;
  /** Reports that left this column blank. */
  blank: { unit: string; year: number }[];
}

export interface ApplicantModel {
  bars: ApplicantBar[];
  total: YearValue;
}

export function toApplicantModel(reports: readonly Report[]): ApplicantModel {
  const shares = applicantShares(reports);
  const bars = APPLICANT_PARTS.map((key) => {
    const col = APPLICANT_COLUMNS.find((c) => c.key === key)!;
    const part = (r: Report) => getCell(r, `requests.new.${key}`);
    return {
      key,
      zh: col.zh,
      en: col.en,
      count: sumPart(part, reports),
      share: shares[key].value,
      blank: reports.filter((r) => part(r) === null).map((r) => ({ unit: r.unit, year: r.year })),
    };
  });
  return { bars, total: sumPart((r) => getCell(r, 'requests.new.total'), reports) };
}

export function hasApplicantValues(m: ApplicantModel): boolean {
  return m.bars.some((b) => b.count.value !== null);
}
