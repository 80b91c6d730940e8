// English chart chrome: every chart option built in English carries no Chinese outside the data.
// The page test (tests/e2e/specs/english.mjs) reads what the page writes; what a chart paints on
// its canvas — axis names and labels, legend, series and category names, value labels, the
// aria description, and what its formatters and tooltips return — is read here, from the
// option itself. Unit names are data and may stay Chinese; they are taken out before the check.
import { describe, expect, it } from 'vitest';
import { toAppealOutcomesModel } from '../../../src/charts/appeal-outcomes/model';
import { buildAppealOutcomesOption } from '../../../src/charts/appeal-outcomes/option';
import { ratesByYear } from '../../../src/charts/appeal-outcomes/rates-model';
import { buildRatesOption } from '../../../src/charts/appeal-outcomes/rates-option';
import { toAppealUnitsModel } from '../../../src/charts/appeal-units/model';
import { buildAppealUnitsOption } from '../../../src/charts/appeal-units/option';
import { toApplicantModel } from '../../../src/charts/applicants/model';
import { buildApplicantOption } from '../../../src/charts/applicants/option';
import { toFindingsByRuleModel } from '../../../src/charts/findings/model';
import { buildFindingsByRuleOption } from '../../../src/charts/findings/option';
import { toHeatmapModel } from '../../../src/charts/heatmap/model';
import { buildHeatmapOption } from '../../../src/charts/heatmap/option';
import { seriesInputs, toIndicatorTrendModel } from '../../../src/charts/indicator-trend/model';
import { buildIndicatorTrendOption } from '../../../src/charts/indicator-trend/option';
import { toKpiModels } from '../../../src/charts/kpi/model';
import { buildKpiSparklineOption } from '../../../src/charts/kpi/option';
import { toOutcomeModel, toReasonModel } from '../../../src/charts/outcomes/model';
import {
  buildCompositionOption,
  outcomeItems,
  reasonItems,
} from '../../../src/charts/outcomes/option';
import { toRankingModel } from '../../../src/charts/ranking/model';
import { buildRankingOption } from '../../../src/charts/ranking/option';
import { toPipelineModel } from '../../../src/charts/request-pipeline/model';
import { buildPipelineOption } from '../../../src/charts/request-pipeline/option';
import { toTrendModel } from '../../../src/charts/trend/model';
import { buildTrendOption } from '../../../src/charts/trend/option';
import { emptyReport } from '../../../src/domain/cells';
import { checkReports } from '../../../src/domain/checks';
import type { Report } from '../../../src/domain/report';
import {
  HONGZE_2023,
  PINGTAN_2020,
  PINGTAN_2021_2025,
  SHANGHAI_OFFICE_2019,
  SHUYANG_DRC_2023,
} from '../../fixtures/reports';

const HAN = /[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]/;

// Real reports (with their contradictions, so findings and gaps exist), a unit without
// any figure (the "not reported" paths), years 2019–2025.
const blank = emptyReport('某某县人民政府', 2024, '2021');
const REPORTS: Report[] = [
  HONGZE_2023,
  SHANGHAI_OFFICE_2019,
  SHUYANG_DRC_2023,
  PINGTAN_2020,
  ...PINGTAN_2021_2025,
  blank,
];
const YEARS = [2019, 2020, 2021, 2022, 2023, 2024, 2025];
const UNITS = [...new Set(REPORTS.map((r) => r.unit))].sort((a, b) => b.length - a.length);

/** Every string an option holds or its functions return for plausible ECharts params. */
function texts(option: unknown): string[] {
  const out: string[] = [];
  const seen = new Set<unknown>();
  const params = (i: number) => ({
    dataIndex: i,
    seriesIndex: 0,
    value: [i, 0, 12.5],
    data: { value: 12.5 },
    name: '2023',
    seriesName: 'x',
  });
  const visit = (v: unknown): void => {
    if (typeof v === 'string') out.push(v);
    else if (typeof v === 'function') {
      for (const arg of [1234, 0.5, params(0), [params(0)], params(1), [params(1)], params(4)]) {
        try {
          const r: unknown = (v as (a: unknown) => unknown)(arg);
          if (typeof r === 'string') out.push(r);
        } catch {
          // a formatter meant for other params
        }
      }
    } else if (v && typeof v === 'object' && !seen.has(v)) {
      seen.add(v);
      for (const x of Object.values(v)) visit(x);
    }
  };
  visit(option);
  return out;
}

function chinese(option: unknown): string[] {
  return texts(option)
    .map((t) => UNITS.reduce((s, u) => s.split(u).join(' '), t))
    .filter((t) => HAN.test(t));
}

const trendModel = toTrendModel('completionRate', REPORTS, YEARS);
const ranking = toRankingModel('completionRate', REPORTS, 2023, new Set([HONGZE_2023.unit]));
const outcome = toOutcomeModel(REPORTS);
const findings = toFindingsByRuleModel(checkReports(REPORTS).findings);

const OPTIONS: [string, (lang: 'zh' | 'en') => unknown][] = [
  ['trend', (l) => buildTrendOption(toTrendModel('requestsNew', REPORTS, YEARS), l)],
  ['trend (rate)', (l) => buildTrendOption(trendModel, l)],
  [
    'indicator trend',
    (l) =>
      buildIndicatorTrendOption(
        toIndicatorTrendModel(
          'completionRate',
          seriesInputs(REPORTS, REPORTS, [HONGZE_2023.unit, blank.unit], 'All units'),
          YEARS,
        ),
        l,
      ),
  ],
  [
    'kpi sparklines',
    (l) => toKpiModels(REPORTS, YEARS, 2023).map((m) => buildKpiSparklineOption(m, l)),
  ],
  ['ranking', (l) => buildRankingOption(ranking, ranking.ranked, l)],
  ['heatmap', (l) => buildHeatmapOption(toHeatmapModel('completionRate', REPORTS, YEARS), l)],
  ['pipeline', (l) => buildPipelineOption(toPipelineModel(REPORTS), l)],
  ['outcomes', (l) => buildCompositionOption(outcomeItems(outcome, l, null), l, 'Outcomes')],
  [
    'reasons',
    (l) => buildCompositionOption(reasonItems(toReasonModel(REPORTS, 'denied'), l), l, 'Reasons'),
  ],
  ['applicants', (l) => buildApplicantOption(toApplicantModel(REPORTS), l)],
  ['appeal outcomes', (l) => buildAppealOutcomesOption(toAppealOutcomesModel(REPORTS, YEARS), l)],
  ['appeal rates', (l) => buildRatesOption(ratesByYear(REPORTS, YEARS), l)],
  ['appeal units', (l) => buildAppealUnitsOption(toAppealUnitsModel(REPORTS, 2023, 'review'), l)],
  ['findings by rule', (l) => buildFindingsByRuleOption(findings, l)],
];

describe('chart chrome in English', () => {
  it.each(OPTIONS)('%s: no Chinese outside unit names', (_name, build) => {
    expect(texts(build('en')).length).toBeGreaterThan(0);
    expect(chinese(build('en'))).toEqual([]);
  });

  it('the check would see Chinese chrome: the same charts in Chinese have it', () => {
    const zh = OPTIONS.filter(([, build]) => chinese(build('zh')).length > 0);
    expect(zh.length).toBe(OPTIONS.length);
  });
});
