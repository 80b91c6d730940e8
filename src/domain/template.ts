// The rows and columns of the national template (国办公开办函〔2021〕30号 and 〔2019〕60号),
// as the published tables print them. `fields.ts` turns them into the flat field dictionary.

export type TemplateFormat = '2019' | '2021';
export interface Label {
  readonly zh: string;
  readonly en: string;
}

// ---------------------------------------------------------------- table 3 -------------

export const APPLICANT_COLUMNS = [
  { key: 'natural', zh: '自然人', en: 'Natural persons' },
  { key: 'commercial', zh: '商业企业', en: 'Commercial enterprises' },
  { key: 'research', zh: '科研机构', en: 'Research institutions' },
  { key: 'social', zh: '社会公益组织', en: 'Public-interest organisations' },
  { key: 'legal', zh: '法律服务机构', en: 'Legal service providers' },
  { key: 'other', zh: '其他', en: 'Other organisations' },
  { key: 'total', zh: '总计', en: 'Total' },
] as const;
export type ApplicantColumn = (typeof APPLICANT_COLUMNS)[number]['key'];
/** The six applicant columns that add up to `total`. */
export const APPLICANT_PARTS = APPLICANT_COLUMNS.slice(0, 6).map((c) => c.key) as Exclude<
  ApplicantColumn,
  'total'
>[];

export type OutcomeGroup =
  'granted' | 'partial' | 'denied' | 'unable' | 'notProcessed' | 'otherHandling';

export interface RequestRowDef {
  /** Row key under `requests`, e.g. `denied.thirdParty`. */
  readonly key: string;
  readonly zh: string;
  readonly en: string;
  /** Short label for CSV headers. */
  readonly short: string;
  /** The outcome group (三、本年度办理结果) a row belongs to, if any. */
  readonly group?: OutcomeGroup;
}

export const REQUEST_ROWS: readonly RequestRowDef[] = [
  {
    key: 'new',
    zh: '一、本年新收政府信息公开申请数量',
    en: 'New requests received this year',
    short: '本年新收',
  },
  {
    key: 'carriedOver',
    zh: '二、上年结转政府信息公开申请数量',
    en: 'Requests carried over from last year',
    short: '上年结转',
  },
  { key: 'granted', zh: '三、(一) 予以公开', en: 'Disclosed', short: '予以公开', group: 'granted' },
  {
    key: 'partial',
    zh: '(二) 部分公开（区分处理的，只计这一情形，不计其他情形）',
    en: 'Partly disclosed',
    short: '部分公开',
    group: 'partial',
  },
  {
    key: 'denied.stateSecret',
    zh: '(三) 不予公开 1.属于国家秘密',
    en: 'Not disclosed: state secret',
    short: '不予公开-国家秘密',
    group: 'denied',
  },
  {
    key: 'denied.lawForbidden',
    zh: '(三) 不予公开 2.其他法律行政法规禁止公开',
    en: 'Not disclosed: forbidden by other laws',
    short: '不予公开-法律行政法规禁止',
    group: 'denied',
  },
  {
    key: 'denied.safetyStability',
    zh: '(三) 不予公开 3.危及“三安全一稳定”',
    en: 'Not disclosed: endangers security or stability',
    short: '不予公开-三安全一稳定',
    group: 'denied',
  },
  {
    key: 'denied.thirdParty',
    zh: '(三) 不予公开 4.保护第三方合法权益',
    en: 'Not disclosed: third-party rights',
    short: '不予公开-第三方权益',
    group: 'denied',
  },
  {
    key: 'denied.internalAffairs',
    zh: '(三) 不予公开 5.属于三类内部事务信息',
    en: 'Not disclosed: internal affairs',
    short: '不予公开-内部事务',
    group: 'denied',
  },
  {
    key: 'denied.processInfo',
    zh: '(三) 不予公开 6.属于四类过程性信息',
    en: 'Not disclosed: process information',
    short: '不予公开-过程性信息',
    group: 'denied',
  },
  {
    key: 'denied.enforcementFile',
    zh: '(三) 不予公开 7.属于行政执法案卷',
    en: 'Not disclosed: enforcement files',
    short: '不予公开-行政执法案卷',
    group: 'denied',
  },
  {
    key: 'denied.queryItem',
    zh: '(三) 不予公开 8.属于行政查询事项',
    en: 'Not disclosed: administrative query',
    short: '不予公开-行政查询事项',
    group: 'denied',
  },
  {
    key: 'unable.notHeld',
    zh: '(四) 无法提供 1.本机关不掌握相关政府信息',
    en: 'Unable: information not held',
    short: '无法提供-不掌握',
    group: 'unable',
  },
  {
    key: 'unable.needCreation',
    zh: '(四) 无法提供 2.没有现成信息需要另行制作',
    en: 'Unable: would need to be created',
    short: '无法提供-需另行制作',
    group: 'unable',
  },
  {
    key: 'unable.unclear',
    zh: '(四) 无法提供 3.补正后申请内容仍不明确',
    en: 'Unable: still unclear after correction',
    short: '无法提供-补正后仍不明确',
    group: 'unable',
  },
  {
    key: 'notProcessed.complaint',
    zh: '(五) 不予处理 1.信访举报投诉类申请',
    en: 'Not processed: petition or complaint',
    short: '不予处理-信访举报投诉',
    group: 'notProcessed',
  },
  {
    key: 'notProcessed.duplicate',
    zh: '(五) 不予处理 2.重复申请',
    en: 'Not processed: duplicate request',
    short: '不予处理-重复申请',
    group: 'notProcessed',
  },
  {
    key: 'notProcessed.publication',
    zh: '(五) 不予处理 3.要求提供公开出版物',
    en: 'Not processed: asks for publications',
    short: '不予处理-公开出版物',
    group: 'notProcessed',
  },
  {
    key: 'notProcessed.massive',
    zh: '(五) 不予处理 4.无正当理由大量反复申请',
    en: 'Not processed: mass repeated requests',
    short: '不予处理-大量反复申请',
    group: 'notProcessed',
  },
  {
    key: 'notProcessed.confirm',
    zh: '(五) 不予处理 5.要求行政机关确认或重新出具已获取信息',
    en: 'Not processed: asks to confirm or reissue',
    short: '不予处理-确认或重新出具',
    group: 'notProcessed',
  },
  {
    key: 'otherHandling.overdueCorrection',
    zh: '(六) 其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
    en: 'Other: applicant did not correct in time',
    short: '其他处理-逾期不补正',
    group: 'otherHandling',
  },
  {
    key: 'otherHandling.overdueFee',
    zh: '(六) 其他处理 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
    en: 'Other: applicant did not pay in time',
    short: '其他处理-逾期未缴费',
    group: 'otherHandling',
  },
  {
    key: 'otherHandling.other',
    zh: '(六) 其他处理 3.其他',
    en: 'Other: other',
    short: '其他处理-其他',
    group: 'otherHandling',
  },
  {
    key: 'otherHandling.total',
    zh: '(六) 其他处理（单行，无分项）',
    en: 'Other handling (single row, no sub-rows)',
    short: '其他处理(单行)',
    group: 'otherHandling',
  },
  { key: 'totalHandled', zh: '(七) 总计', en: 'Total handled', short: '办理结果总计' },
  {
    key: 'carriedForward',
    zh: '四、结转下年度继续办理',
    en: 'Carried forward to next year',
    short: '结转下年度',
  },
];

export const OUTCOME_GROUPS: readonly { key: OutcomeGroup; zh: string; en: string }[] = [
  { key: 'granted', zh: '予以公开', en: 'Disclosed' },
  { key: 'partial', zh: '部分公开', en: 'Partly disclosed' },
  { key: 'denied', zh: '不予公开', en: 'Not disclosed' },
  { key: 'unable', zh: '无法提供', en: 'Unable to provide' },
  { key: 'notProcessed', zh: '不予处理', en: 'Not processed' },
  { key: 'otherHandling', zh: '其他处理', en: 'Other handling' },
];

// ---------------------------------------------------------------- table 4 -------------

export const DISPUTE_GROUPS = [
  { key: 'review', zh: '行政复议', en: 'Administrative review' },
  {
    key: 'litigationDirect',
    zh: '行政诉讼-未经复议直接起诉',
    en: 'Litigation without prior review',
  },
  { key: 'litigationAfterReview', zh: '行政诉讼-复议后起诉', en: 'Litigation after review' },
] as const;
export type DisputeGroup = (typeof DISPUTE_GROUPS)[number]['key'];

export const DISPUTE_COLUMNS = [
  { key: 'maintained', zh: '结果维持', en: 'Upheld' },
  { key: 'corrected', zh: '结果纠正', en: 'Corrected' },
  { key: 'other', zh: '其他结果', en: 'Other result' },
  { key: 'pending', zh: '尚未审结', en: 'Pending' },
  { key: 'total', zh: '总计', en: 'Total' },
] as const;
export type DisputeColumn = (typeof DISPUTE_COLUMNS)[number]['key'];

// ---------------------------------------------------------------- table 2 -------------

export interface Table2RowDef {
  readonly key: string;
  readonly zh: string;
  readonly en: string;
  /** The template's section, e.g. 第二十条第(一)项. */
  readonly section: string;
}

/** 2021 template: 规章 / 行政规范性文件, each with three columns. */
export const STOCK_ROWS = [
  { key: 'regulations', zh: '规章', en: 'Regulations', section: '第二十条第(一)项' },
  {
    key: 'normativeDocuments',
    zh: '行政规范性文件',
    en: 'Normative documents',
    section: '第二十条第(一)项',
  },
] as const;
export type StockRow = (typeof STOCK_ROWS)[number]['key'];

export const STOCK_COLUMNS = [
  { key: 'issued', zh: '本年制发件数', en: 'issued this year' },
  { key: 'repealed', zh: '本年废止件数', en: 'repealed this year' },
  { key: 'valid', zh: '现行有效件数', en: 'currently valid' },
] as const;

/** 2021 template: single-number rows of table 2. */
export const DECISION_ROWS = [
  {
    key: 'licensing',
    zh: '行政许可',
    en: 'Administrative licensing decisions',
    section: '第二十条第(五)项',
  },
  {
    key: 'punishment',
    zh: '行政处罚',
    en: 'Administrative penalty decisions',
    section: '第二十条第(六)项',
  },
  {
    key: 'coercion',
    zh: '行政强制',
    en: 'Administrative coercion decisions',
    section: '第二十条第(六)项',
  },
] as const;

export const FEES_ROW = {
  key: 'fees',
  zh: '行政事业性收费',
  en: 'Administrative fees collected',
  section: '第二十条第(八)项',
} as const;

/** 2019 template table 2 (国办公开办函〔2019〕60号), kept whole under `proactive2019`. */
export const T2_2019_ROWS = [
  {
    key: 'regulations',
    zh: '规章',
    en: 'Regulations',
    section: '第二十条第(一)项',
    columns: ['made', 'published', 'total'],
  },
  {
    key: 'normativeDocuments',
    zh: '规范性文件',
    en: 'Normative documents',
    section: '第二十条第(一)项',
    columns: ['made', 'published', 'total'],
  },
  {
    key: 'licensing',
    zh: '行政许可',
    en: 'Administrative licensing',
    section: '第二十条第(五)项',
    columns: ['previous', 'change', 'decisions'],
  },
  {
    key: 'otherServices',
    zh: '其他对外管理服务事项',
    en: 'Other public services',
    section: '第二十条第(五)项',
    columns: ['previous', 'change', 'decisions'],
  },
  {
    key: 'punishment',
    zh: '行政处罚',
    en: 'Administrative penalty',
    section: '第二十条第(六)项',
    columns: ['previous', 'change', 'decisions'],
  },
  {
    key: 'coercion',
    zh: '行政强制',
    en: 'Administrative coercion',
    section: '第二十条第(六)项',
    columns: ['previous', 'change', 'decisions'],
  },
  {
    key: 'fees',
    zh: '行政事业性收费',
    en: 'Administrative fees',
    section: '第二十条第(八)项',
    columns: ['previous', 'change'],
  },
  {
    key: 'procurement',
    zh: '政府集中采购',
    en: 'Government central procurement',
    section: '第二十条第(九)项',
    columns: ['projects', 'amount'],
  },
] as const;

export const T2_2019_COLUMNS: Record<string, { zh: string; en: string; unit: string }> = {
  made: { zh: '本年新制作数量', en: 'made this year', unit: '件' },
  published: { zh: '本年新公开数量', en: 'published this year', unit: '件' },
  total: { zh: '对外公开总数量', en: 'total published', unit: '件' },
  previous: { zh: '上一年项目数量', en: 'items last year', unit: '项' },
  change: { zh: '本年增/减', en: 'change this year', unit: '项' },
  decisions: { zh: '处理决定数量', en: 'decisions', unit: '件' },
  projects: { zh: '采购项目数量', en: 'procurement projects', unit: '项' },
  amount: { zh: '采购总金额', en: 'procurement amount', unit: '万元' },
};

// ---------------------------------------------------------------- narrative -----------

export const NARRATIVE_FIGURES = [
  {
    key: 'publishedItems',
    zh: '主动公开政府信息',
    en: 'Items published proactively',
    unit: '条',
    kind: 'count',
  },
  {
    key: 'newMediaAccounts',
    zh: '政务新媒体',
    en: 'Government new-media accounts',
    unit: '个',
    kind: 'count',
  },
  {
    key: 'lettersReceived',
    zh: '群众来信/留言',
    en: 'Letters and messages received',
    unit: '件',
    kind: 'count',
  },
  {
    key: 'lettersCompletionRate',
    zh: '来信回复办结率',
    en: 'Letters reply completion rate',
    unit: '%',
    kind: 'rate',
  },
] as const;
export type NarrativeFigure = (typeof NARRATIVE_FIGURES)[number]['key'];
