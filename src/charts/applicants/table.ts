// Applicant model → the table behind the bars: 自然人 and the five kinds of 法人或其他组织, each
// with its 本年新收 count and share of the summed total, a blank column null (未报告), never 0.
import { COMPOSITION_HEADERS, compositionTable } from '../outcomes/table';
import type { ChartTable } from '../table';
import type { ApplicantModel } from './model';
import { applicantItems } from './option';

export function applicantTable(model: ApplicantModel, lang: 'zh' | 'en'): ChartTable {
  return compositionTable(applicantItems(model, lang), lang, COMPOSITION_HEADERS.applicants);
}
