// Descriptive columns of a report (not figures): identity, place, template version, source.
export const LEVELS = ['province', 'city', 'district', 'county', 'department', 'other'] as const;
export type Level = (typeof LEVELS)[number];

export const LEVEL_LABELS: Record<Level, { zh: string; en: string }> = {
  province: { zh: '省级', en: 'Province' },
  city: { zh: '市级', en: 'City' },
  district: { zh: '区级', en: 'District' },
  county: { zh: '县级', en: 'County' },
  department: { zh: '部门', en: 'Department' },
  other: { zh: '其他', en: 'Other' },
};

export interface MetaColumn {
  readonly key: string;
  readonly zh: string;
  readonly en: string;
  /** Extra Chinese headers accepted on input. */
  readonly aliases: readonly string[];
  readonly required: boolean;
}

/** CSV columns that are not figures, in export order. */
export const META_COLUMNS: readonly MetaColumn[] = [
  {
    key: 'unit',
    zh: '单位',
    en: 'Unit',
    aliases: ['单位名称', '机关', '机关名称'],
    required: true,
  },
  { key: 'year', zh: '年度', en: 'Year', aliases: ['年份', '报告年度'], required: true },
  {
    key: 'unitId',
    zh: '单位代码',
    en: 'Unit ID',
    aliases: ['统一社会信用代码', '行政区划代码'],
    required: false,
  },
  { key: 'region', zh: '地区', en: 'Region', aliases: ['行政区划'], required: false },
  { key: 'level', zh: '层级', en: 'Level', aliases: [], required: false },
  { key: 'format', zh: '模板版本', en: 'Template', aliases: ['模板'], required: false },
  { key: 'source.url', zh: '来源链接', en: 'Source URL', aliases: ['来源'], required: false },
  { key: 'source.title', zh: '来源标题', en: 'Source title', aliases: [], required: false },
  { key: 'source.published', zh: '发布日期', en: 'Published', aliases: [], required: false },
  { key: 'source.file', zh: '来源文件', en: 'Source file', aliases: [], required: false },
  {
    key: 'narrative.approx',
    zh: '约数字段',
    en: 'Approximate figures',
    aliases: [],
    required: false,
  },
  {
    key: 'narrative.publishedBreakdown',
    zh: '主动公开分类',
    en: 'Published items by category',
    aliases: [],
    required: false,
  },
  {
    key: 'narrative.other',
    zh: '其他叙述数字',
    en: 'Other narrative figures',
    aliases: [],
    required: false,
  },
  { key: 'notes', zh: '备注', en: 'Notes', aliases: [], required: false },
];
