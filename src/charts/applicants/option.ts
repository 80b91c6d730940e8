// Applicant option: ApplicantModel → composition bars (自然人 first, then the five kinds of
// 法人或其他组织), a blank column labelled 未报告 rather than drawn as 0.
import type { ChartOption } from '../echarts';
import { buildCompositionOption, type CompositionItem } from '../outcomes/option';
import type { ApplicantModel } from './model';

type Lang = 'zh' | 'en';

export function applicantItems(m: ApplicantModel, lang: Lang): CompositionItem[] {
  return m.bars.map((b, i) => ({
    id: b.key,
    name: b[lang],
    count: b.count,
    share: b.share,
    color: i === 0 ? 0 : 4,
  }));
}

export function buildApplicantOption(m: ApplicantModel, lang: Lang): ChartOption {
  return buildCompositionOption(
    applicantItems(m, lang),
    lang,
    lang === 'zh' ? '申请人构成' : 'Applicants',
  );
}
