// Words of presentation mode, zh and en (the header's 演示 button has its own, in
// nav/present-button.tsx, so these load with the presenter).
import type { Text } from '../../ui/labels';

export const PT = {
  deck: { zh: '演示文稿', en: 'Slide show' },
  prev: { zh: '上一页', en: 'Previous' },
  next: { zh: '下一页', en: 'Next' },
  exit: { zh: '退出演示', en: 'Exit' },
  fullscreen: { zh: '全屏', en: 'Full screen' },
  scope: { zh: '范围', en: 'Scope' },
  years: { zh: '年度范围', en: 'Years' },
  year: { zh: '当前年度', en: 'Year shown' },
  hint: {
    zh: '← → 翻页 · Home/End 首页/末页 · Esc 退出',
    en: '← → to move · Home/End · Esc to exit',
  },
} as const satisfies Record<string, Text>;
