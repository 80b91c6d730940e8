// The appeals words the overview's headline panel shows too, apart from AL (./labels.ts,
// which includes them) so the first page does not carry the whole view's words.
export const AL_HEAD = {
  years: { zh: '复议诉讼结果（按年度）', en: 'Review and litigation results by year' },
  yearsNote: {
    zh: '左栏行政复议、右栏行政诉讼（直接起诉 + 复议后起诉，斜纹）；按分项（维持/纠正/其他/尚未审结）堆叠，不用报告所列总计。',
    en: 'Left stack administrative review, right (hatched) litigation (direct + after review); stacked from the component cells, not the printed totals.',
  },
  yearsDefinition: {
    zh: '表四分项件数（维持/纠正/其他/尚未审结）按年度堆叠，各报告求和；行政诉讼 = 直接起诉 + 复议后起诉',
    en: 'table-4 component counts (maintained / corrected / other / pending) stacked by year, summed over reports; litigation = direct + after review',
  },
  noValues: {
    zh: '所选年度均无复议诉讼数据',
    en: 'No year in range has review or litigation data',
  },
  headline: { zh: '复议诉讼', en: 'Reviews and lawsuits' },
} as const;
