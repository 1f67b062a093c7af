import { type ComponentProps, lazy, type ReactNode, Suspense, useState } from 'react';

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
const NegotiatePanelLazy = lazy(async () => ({
  default: (await import('../features/negotiate/negotiate-panel.tsx')).NegotiatePanel,
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

/**
 * The negotiation player of the selected decision: a button until the user asks for it (or the address
 * names it), then the player, loaded with the negotiation engine in its own chunk.
 */
export function Negotiate(
  props: Omit<ComponentProps<typeof NegotiatePanelLazy>, 'address' | 'focusOnOpen'> & {
    readonly address: string | null;
  },
) {
  const { address, ...rest } = props;
  // Focus moves into the player when the user opens it (not when a link opens it).
  const [opened, setOpened] = useState(false);
  if (address === null) {
    return (
      <section className="panel" aria-labelledby="negotiate-launch-title">
        <h2 id="negotiate-launch-title">Negotiate this text</h2>
        <p className="muted">
          Watch AI delegations negotiate it round by round: who objects, what they ask for, what the penholder concedes,
          and how the vote goes.
        </p>
        <button
          type="button"
          data-testid="negotiate-open"
          onClick={() => {
            setOpened(true);
            props.onAddress('');
          }}
        >
          Play the talks
        </button>
      </section>
    );
  }
  return (
    <OnDemand what="the negotiation">
      <NegotiatePanelLazy address={address} focusOnOpen={opened} {...rest} />
    </OnDemand>
  );
}
