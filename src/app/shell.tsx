// The page: a skip link, the header (title, share, patterns, language, dataset, the simulated-
// data banner), the view tabs and the shared filters, then the chosen view with any notices
// about the link. The URL holds every selection; the dataset is loaded
// once here and the URL state is checked against it before any view sees it.
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useDeferredValue, useEffect, useMemo, useState } from 'react';
import { regionsOf, scopeToString, unitKey } from '../domain/scope';
import { manifestQueryOptions } from '../queries/manifest';
import { userDatasetsQueryOptions } from '../queries/user-datasets';
import { isUserDatasetId } from '../storage/user-dataset';
import { useFirstViewDrawn } from '../ui/first-view';
import { useDataset, type DatasetState } from '../queries/use-dataset';
import { LangProvider } from '../state/lang';
import { rememberLang } from '../state/lang-memory';
import { resolveUrlState, type DatasetContext } from '../state/resolve';
import { serializeUrlState, type UrlNotice, type UrlState } from '../state/url-state';
import { useUrlState } from '../state/use-url-state';
import { ChartPrefsProvider } from '../ui/chart-prefs';
import { L } from '../ui/labels';
import { PanelBoundary } from '../ui/panel-boundary';
import { DatasetSwitcher } from '../views/dataset-switcher/dataset-switcher';
import { DecalSwitch } from '../views/nav/decal-switch';
import { FilterBar } from '../views/nav/filter-bar';
import { LangSwitch } from '../views/nav/lang-switch';
import { PresentButton } from '../views/nav/present-button';
import { PrintButton, usePrintHooks } from '../views/nav/print-button';
import { ShareButton } from '../views/nav/share-button';
import { MAIN_ID, SkipLink } from '../views/nav/skip-link';
import { ViewTabs, VIEW_LABELS } from '../views/nav/view-tabs';
import { VIEW_COMPONENTS } from '../views/registry';
import { stagePixelRatio, useStageGeometry } from '../views/present/stage';
import { FigureCaptionProvider } from '../views/shared/figure-caption';
import { scopeName } from '../views/shared/scope-name';

// Presentation mode's stage loads when a presentation starts (or a link opens on one).
const Presenter = lazy(() =>
  import('../views/present/presenter').then((m) => ({ default: m.Presenter })),
);

// The printed page's header and footer show only in print: they load once the first view is
// drawn, with the print code (usePrintHooks).
const loadPrintFrame = () => import('../views/nav/print-frame');
const PrintHeader = lazy(() => loadPrintFrame().then((m) => ({ default: m.PrintHeader })));
const PrintFooter = lazy(() => loadPrintFrame().then((m) => ({ default: m.PrintFooter })));

export function Shell() {
  const url = useUrlState();
  const manifest = useQuery(manifestQueryOptions());
  // The user's own datasets (IndexedDB) are listed once the first view is drawn, so their code
  // is not part of it; at once when the link names one of them.
  const namesUserDataset = isUserDatasetId(url.state.dataset);
  const firstViewDrawn = useFirstViewDrawn();
  const user = useQuery({
    ...userDatasetsQueryOptions(),
    enabled: namesUserDataset || firstViewDrawn,
  });
  // User datasets count as known once IndexedDB answered (an error means there are none); a
  // link that names none of them needs only the manifest.
  const ids = useMemo(
    () =>
      manifest.data && (!namesUserDataset || !user.isPending)
        ? [...manifest.data.datasets, ...(user.data ?? [])].map((d) => d.id)
        : undefined,
    [manifest.data, namesUserDataset, user.isPending, user.data],
  );
  // A dataset id the manifest does not know falls back to the default (with a notice below).
  const datasetId =
    ids && url.state.dataset !== null && !ids.includes(url.state.dataset)
      ? null
      : url.state.dataset;
  const dataset = useDataset(datasetId);
  const context = useDatasetContext(dataset, ids);
  const resolved = useMemo(
    () => (context ? resolveUrlState(url.state, context) : { state: url.state, notices: [] }),
    [url.state, context],
  );
  // The user's datasets arriving after the first view (or a dataset saved in another tab)
  // re-resolve the link to the same state: the views keep the object they drew, or every memo
  // keyed on it would build its chart again and the chart would flash 'loading'.
  const state = useSameWhileEqual(resolved.state);
  // The view follows a new dataset or a choice of the header and filter bar in the background:
  // React renders it in slices between frames (and keeps the last view on screen meanwhile), so
  // at province scale no task of the page runs long; the header and filters answer at once.
  const viewDataset = useDeferredValue(dataset);
  const { viewState, behind } = useViewState(state);
  const stale = viewDataset !== dataset || behind;
  const lang = state.lang;
  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = `${VIEW_LABELS[state.view][lang]} · ${L.appTitle[lang]}`;
  }, [lang, state.view]);
  const View = VIEW_COMPONENTS[viewState.view];
  usePrintHooks();
  // On the presentation stage charts are zoomed; they draw at more pixels to stay sharp.
  const stage = useStageGeometry(state.present);
  const pixelRatio = stage ? stagePixelRatio(stage.zoom, window.devicePixelRatio || 1) : undefined;
  const chartPrefs = useMemo(() => ({ decal: state.decal, pixelRatio }), [state.decal, pixelRatio]);
  const simulated = dataset.entry?.simulated ?? false;
  return (
    <LangProvider lang={lang}>
      <div className="shell" data-simulated={simulated} data-view={state.view} data-print-fit>
        <SkipLink lang={lang} />
        <header className="shell-top">
          <div className="shell-header">
            <div>
              <h1>{L.appTitle[lang]}</h1>
              <p className="subtitle">{L.appSubtitle[lang]}</p>
            </div>
            <div className="header-controls">
              <ShareButton lang={lang} />
              <PresentButton lang={lang} presenting={state.present} update={url.update} />
              <PrintButton lang={lang} />
              <DecalSwitch
                lang={lang}
                on={state.decal}
                onToggle={(on) => url.update({ decal: on })}
              />
              <LangSwitch
                lang={lang}
                onSelect={(next) => {
                  rememberLang(next);
                  url.update({ lang: next });
                }}
              />
              <DatasetSwitcher
                dataset={dataset}
                userDatasets={user.data}
                onSelect={(id) => url.update({ dataset: id })}
              />
            </div>
          </div>
          {simulated && (
            <p className="simulated-banner" role="note" data-simulated-banner>
              <span className="badge badge-simulated">{L.simulated[lang]}</span>{' '}
              {L.simulatedNotice[lang]}
            </p>
          )}
        </header>
        <ViewTabs state={state} update={url.update} />
        {state.view !== 'import' && (
          <FilterBar dataset={dataset} state={state} update={url.update} />
        )}
        {firstViewDrawn && (
          <Suspense fallback={null}>
            <PrintHeader dataset={dataset} state={state} lang={lang} />
          </Suspense>
        )}
        <main
          id={MAIN_ID}
          tabIndex={-1}
          className="shell-main"
          data-view-body={viewState.view}
          data-stale={stale || undefined}
          aria-busy={stale}
        >
          <Notices notices={[...url.notices, ...resolved.notices]} lang={lang} />
          <PanelBoundary
            title={VIEW_LABELS[viewState.view][lang]}
            resetKey={`${viewDataset.entry?.id}/${viewState.view}`}
          >
            <ChartPrefsProvider value={chartPrefs}>
              <FigureCaptionProvider
                dataset={viewDataset}
                units={scopeName(viewState.scope, viewDataset.reports, lang)}
                lang={lang}
              >
                <View dataset={viewDataset} state={viewState} update={url.update} lang={lang} />
              </FigureCaptionProvider>
            </ChartPrefsProvider>
          </PanelBoundary>
        </main>
        {firstViewDrawn && (
          <Suspense fallback={null}>
            <PrintFooter dataset={dataset} lang={lang} />
          </Suspense>
        )}
        {stage && (
          <Suspense fallback={null}>
            <Presenter
              state={state}
              update={url.update}
              dataset={dataset}
              loading={dataset.status === 'pending' || stale}
              lang={lang}
              stage={stage}
            />
          </Suspense>
        )}
      </div>
    </LangProvider>
  );
}

/** What the header and the filter bar choose: the view catches up with these in the background. */
const FOLLOWED = ['dataset', 'view', 'year', 'from', 'to'] as const;

/**
 * The state the view renders: the header's and filter bar's choices deferred, everything chosen
 * inside the view (units, indicators, rule, …) as it is now — a control in the view answers at
 * once (a checkbox held to a deferred value flips back until the background render lands).
 */
function useViewState(state: UrlState): { viewState: UrlState; behind: boolean } {
  const deferred = useDeferredValue(state);
  return useMemo(() => {
    const behind =
      deferred !== state &&
      (FOLLOWED.some((k) => deferred[k] !== state[k]) ||
        scopeToString(deferred.scope) !== scopeToString(state.scope));
    if (!behind) return { viewState: state, behind };
    const { dataset, view, year, from, to, scope } = deferred;
    const viewState = { ...state, dataset, view, year, from, to, scope };
    // Where nothing in the view changed (a new year, say), the view gets the very object it
    // drew last time: a new one, equal in value, would make every memo keyed on the state
    // recompute the old year's figures in the urgent render, before the deferred one.
    const same = stateKey(viewState) === stateKey(deferred);
    return { viewState: same ? deferred : viewState, behind };
  }, [state, deferred]);
}

/** A state's value: the link it writes, and the slide, which the link holds only when
 * presenting. */
const stateKey = (state: UrlState) => `${serializeUrlState(state)}#${state.slide}`;

/** The state last returned while the given one equals it in value; otherwise the given one. */
function useSameWhileEqual(state: UrlState): UrlState {
  const key = stateKey(state);
  const [kept, setKept] = useState({ key, state });
  if (kept.key === key) return kept.state;
  setKept({ key, state }); // React renders again at once, before any child
  return state;
}

function useDatasetContext(
  dataset: DatasetState,
  ids: string[] | undefined,
): DatasetContext | null {
  const { reports, years, status } = dataset;
  return useMemo(() => {
    if (status !== 'success' || !ids) return null;
    return {
      datasetIds: ids,
      years,
      unitKeys: new Set(reports.map(unitKey)),
      regions: regionsOf(reports),
    };
  }, [reports, years, status, ids]);
}

function Notices({ notices, lang }: { notices: UrlNotice[]; lang: 'zh' | 'en' }) {
  if (notices.length === 0) return null;
  return (
    <div className="url-notices" role="status" data-url-notices={notices.length}>
      {notices.map((n) => (
        <p key={`${n.param}=${n.value}`}>{n[lang]}</p>
      ))}
    </div>
  );
}
