// The headline panels drawn under the KPI cards, each for the chosen scope: one per view, so
// leadership sees the other views' main chart without leaving the overview. Each is rendered
// behind its own error boundary.
import type { ComponentType } from 'react';
import { AppealsHeadline } from '../appeals/headline';
import { CompareHeadline } from '../compare/headline';
import { QualityHeadline } from '../quality/headline';
import { RequestsHeadline } from '../requests/headline';
import type { ViewProps } from '../view-props';
import { OverviewTrend } from './overview-trend';

export const OVERVIEW_HEADLINES: ComponentType<ViewProps>[] = [
  OverviewTrend,
  RequestsHeadline,
  CompareHeadline,
  AppealsHeadline,
  QualityHeadline,
];
