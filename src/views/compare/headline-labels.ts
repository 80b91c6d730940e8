// The compare words the overview's headline panel shows too, apart from C (./labels.ts,
// which includes them) so the first page does not carry the whole view's words.
export const C_HEAD = {
  ranking: { zh: '单位排名', en: 'Ranking of units' },
  top: { zh: '前', en: 'Top' },
  noRanking: { zh: '该年度没有单位可以计算此指标', en: 'No unit has this indicator in that year' },
} as const;
