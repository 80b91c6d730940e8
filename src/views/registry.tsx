// Which component draws which view. Each view gets the same props and draws its own panels,
// each panel behind its own error boundary.
import type { ComponentType } from 'react';
import type { ViewId } from '../state/url-state';
import { AppealsView } from './appeals/appeals-view';
import { CompareView } from './compare/compare-view';
import { ImportView } from './import/import-view';
import { OverviewPage } from './overview/overview-page';
import { QualityView } from './quality/quality-view';
import { RequestsView } from './requests/requests-view';
import { TrendsView } from './trends/trends-view';
import { UnitProfileView } from './unit-profile/unit-profile-view';
import type { ViewProps } from './view-props';

export const VIEW_COMPONENTS: Record<ViewId, ComponentType<ViewProps>> = {
  overview: OverviewPage,
  trends: TrendsView,
  compare: CompareView,
  requests: RequestsView,
  appeals: AppealsView,
  quality: QualityView,
  unit: UnitProfileView,
  import: ImportView,
};
