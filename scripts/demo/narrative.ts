// The narrative figures of one simulated report (一、总体情况): items published, new-media
// accounts, letters and their completion rate. About a third state publishedItems as "N余条",
// kept as a round number with the approx mark, as real reports do.
import type { Report } from '../../src/domain/report';
import { apportion, type Rng } from './prng';

export interface NarrativeLevels {
  published: number;
  media: number;
  letters: number;
}

const CATEGORIES = ['政务动态', '通知公告', '政策文件', '人事信息', '财政资金'];

export function fillNarrative(report: Report, rng: Rng, levels: NarrativeLevels): void {
  const n = report.narrative;
  const published = Math.round(levels.published);
  if (rng.chance(0.3)) {
    n.publishedItems = Math.floor(published / 100) * 100;
    n.approx = ['publishedItems'];
  } else {
    n.publishedItems = published;
    if (report.level !== 'department') n.publishedBreakdown = breakdown(rng, published);
  }
  n.newMediaAccounts = Math.max(1, Math.round(levels.media));
  n.lettersReceived = Math.round(levels.letters);
  n.lettersCompletionRate = rng.chance(0.7) ? 100 : Math.round(rng.float(90, 99.9) * 10) / 10;
}

function breakdown(rng: Rng, total: number): Record<string, number> {
  const weights = [30, 30, 8, 6, 10].map((w) => w * rng.float(0.5, 1.5));
  const parts = apportion(total, weights);
  return Object.fromEntries(CATEGORIES.map((c, i) => [c, parts[i]!]));
}
