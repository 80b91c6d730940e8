// The catalogue of rules: severity and a one-sentence explanation for the Quality view.
import type { RuleId, Severity } from '../findings';

export interface RuleInfo {
  severity: Severity;
  zh: string;
  en: string;
}

export const RULES: Record<RuleId, RuleInfo> = {
  'T3-ROW': {
    severity: 'error',
    zh: '表三每一行的“总计”应等于六类申请人之和。',
    en: 'In table 3, each row’s total equals the sum of the six applicant columns.',
  },
  'T3-HANDLED': {
    severity: 'error',
    zh: '表三每一列的“(七)总计”应等于(一)至(六)各办理结果之和。',
    en: 'In table 3, each column’s total handled equals the sum of outcomes (1) to (6).',
  },
  'T3-BALANCE': {
    severity: 'error',
    zh: '表三每一列：本年新收 + 上年结转 = (七)总计 + 结转下年度。',
    en: 'In table 3, for each column: new + carried over = total handled + carried forward.',
  },
  'T4-SUM': {
    severity: 'error',
    zh: '表四每一类的“总计”应等于结果维持、结果纠正、其他结果、尚未审结之和。',
    en: 'In table 4, each group’s total equals upheld + corrected + other + pending.',
  },
  NONNEG: {
    severity: 'error',
    zh: '件数应为非负整数（2019版“本年增/减”除外），金额非负，收费金额最多保留4位小数。',
    en: 'Counts are non-negative integers (except the 2019 “change”), amounts non-negative, fees with at most 4 decimals.',
  },
  RATE: {
    severity: 'error',
    zh: '百分比应在 0 到 100 之间。',
    en: 'A percentage lies between 0 and 100.',
  },
  MISSING: {
    severity: 'warning',
    zh: '表二至表四的单元格未填报（空白不等于 0）。',
    en: 'A cell of tables 2–4 is not reported (blank is not zero).',
  },
  'Y-CARRY': {
    severity: 'warning',
    zh: '本年“上年结转”应等于上一年报告的“结转下年度”。',
    en: 'This year’s carried-over requests equal last year’s carried-forward requests.',
  },
  'Y-STOCK': {
    severity: 'warning',
    zh: '规章、行政规范性文件：现行有效件数 = 上年现行有效 + 本年制发 − 本年废止。',
    en: 'Regulations and normative documents: valid = last year’s valid + issued − repealed.',
  },
  'Y-SPIKE': {
    severity: 'info',
    zh: '主要数字同比变化超过 5 倍或不足 0.2 倍（基数不少于 10）。',
    en: 'A headline figure changes by more than ×5 or below ×0.2 year on year (base ≥ 10).',
  },
  'Y-CLONE': {
    severity: 'warning',
    zh: '表二至表四与上一年完全相同（雷同）。',
    en: 'Tables 2–4 are identical to last year’s (copied).',
  },
  'U-CLONE': {
    severity: 'warning',
    zh: '表二至表四与同年另一单位完全相同（雷同）。',
    en: 'Tables 2–4 are identical to another unit’s in the same year (copied).',
  },
};
