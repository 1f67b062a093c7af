import { type ComponentProps, lazy, type ReactNode, Suspense } from 'react';

// Everything below the chamber loads on demand, in its own chunk: the first load needs only the
// chamber, the engine and the scenario loader (docs/web.md, "Delivery").

const SearchPanelLazy = lazy(async () => ({
  default: (await import('../features/search/search-panel.tsx')).SearchPanel,
}));
const PowerPanelLazy = lazy(async () => ({ default: (await import('../features/power/power-panel.tsx')).PowerPanel }));
const PivotChartLazy = lazy(async () => ({ default: (await import('../features/power/pivot-chart.tsx')).PivotChart }));
const TourLazy = lazy(async () => ({ default: (await import('./tour.tsx')).Tour }));
const NewScenarioFormLazy = lazy(async () => ({
  default: (await import('../features/new-scenario/new-scenario-form.tsx')).NewScenarioForm,
}));
const ScenarioEditorLazy = lazy(async () => ({
  default: (await import('../features/editor/scenario-editor.tsx')).ScenarioEditor,
}));
const RecordPanelLazy = lazy(async () => ({
  default: (await import('../features/record/record-panel.tsx')).RecordPanel,
}));

function Loading({ what }: { what: string }) {
  return (
    <section className="panel loading" aria-busy="true">
      <p className="muted">Loading {what}…</p>
    </section>
  );
}

function OnDemand({ what, children }: { what: string; children: ReactNode }) {
  return <Suspense fallback={<Loading what={what} />}>{children}</Suspense>;
}

/** The search panel, loaded on demand. */
export function SearchPanel(props: ComponentProps<typeof SearchPanelLazy>) {
  return (
    <OnDemand what="the text search">
      <SearchPanelLazy {...props} />
    </OnDemand>
  );
}

/** The voting power panel, loaded on demand. */
export function PowerPanel(props: ComponentProps<typeof PowerPanelLazy>) {
  return (
    <OnDemand what="voting power">
      <PowerPanelLazy {...props} />
    </OnDemand>
  );
}

/** Power in context, loaded on demand. */
export function PivotChart(props: ComponentProps<typeof PivotChartLazy>) {
  return (
    <OnDemand what="power in context">
      <PivotChartLazy {...props} />
    </OnDemand>
  );
}

/** The record panel, loaded on demand. */
export function RecordPanel() {
  return (
    <OnDemand what="the record">
      <RecordPanelLazy />
    </OnDemand>
  );
}

/** The guided tour, loaded when it is started. */
export function Tour(props: ComponentProps<typeof TourLazy>) {
  return (
    <OnDemand what="the tour">
      <TourLazy {...props} />
    </OnDemand>
  );
}

/** The "New scenario" form, loaded on demand. */
export function NewScenarioForm(props: ComponentProps<typeof NewScenarioFormLazy>) {
  return (
    <OnDemand what="the form">
      <NewScenarioFormLazy {...props} />
    </OnDemand>
  );
}

/** The scenario file's editor, loaded on demand (it sits below the chamber). */
export function ScenarioEditor(props: ComponentProps<typeof ScenarioEditorLazy>) {
  return (
    <OnDemand what="the scenario file">
      <ScenarioEditorLazy {...props} />
    </OnDemand>
  );
}
