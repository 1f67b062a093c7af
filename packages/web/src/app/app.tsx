import { clauseId, type ScenarioCommand } from '@horseshoe/engine';
import { useCallback, useDeferredValue, useEffect, useRef, useState } from 'react';
import { DecisionView } from '../features/chamber/decision-view.tsx';
import { DraftPanel } from '../features/drafting/draft-panel.tsx';
import { CaseLibrary, downloadText } from '../features/library/case-library.tsx';
import { type ScenarioState, useScenarioFile } from '../state/use-scenario.ts';
import { DecisionTabs } from './decision-tabs.tsx';
import { DecisionWhatIfs, MemberSide } from './decision-what-ifs.tsx';
import { firstDecision } from './first-decision.ts';
import {
  Negotiate,
  NewScenarioForm,
  PivotChart,
  PowerPanel,
  RecordPanel,
  ScenarioEditor,
  SearchPanel,
  Tour,
} from './lazy-panels.tsx';
import { TOUR_CASE } from './tour-case.ts';
import { useAddress } from './use-address.ts';
import { useLibrary } from './use-library.ts';
import { ViewToolbar } from './view-toolbar.tsx';

/** The whole app: decisions as tabs above the chamber, what-ifs, the member panel, the file and the panels. */
export function App() {
  const [notice, setNotice] = useState<string | null>(null);
  // null until the user picks one: the case then opens on its most contested decision.
  const [decisionIndex, setDecisionIndex] = useState<number | null>(null);
  const [member, setMember] = useState<string | null>(null);
  const [touring, setTouring] = useState(false);
  // The negotiation player's settings and step (in the address); null while it is closed.
  const [negotiation, setNegotiation] = useState<string | null>(null);
  const { source, state, open, edit, revert, apply, write, setCommands } = useScenarioFile();
  // What-ifs undone, most recent last: redo puts them back; a new what-if clears them.
  const [redoable, setRedoable] = useState<readonly ScenarioCommand[]>([]);
  const opened = useCallback(
    (fileName: string, text: string, caseFile: string | null = null) => {
      open(fileName, text, caseFile);
      setDecisionIndex(null);
      setMember(null);
      setNotice(null);
      setRedoable([]);
      setNegotiation(null);
    },
    [open],
  );
  const openedCase = useCallback((file: string, text: string) => opened(file, text, file), [opened]);

  const scenario = state?.current ? state.scenario : null;
  const shown = state?.scenario ?? null;
  const chosen = decisionIndex ?? (state ? firstDecision(state.evaluations, state.scenario?.open) : 0);
  const index = shown ? Math.min(chosen, Math.max(0, shown.decisions.length - 1)) : 0;
  const evaluation = state?.evaluations[index];
  // Fix the opening decision once the case is evaluated, so that a what-if never moves the view.
  useEffect(() => {
    if (decisionIndex === null && state?.current)
      setDecisionIndex(firstDecision(state.evaluations, state.scenario?.open));
  }, [decisionIndex, state]);
  // The search and the panels below may update a moment after the chamber.
  const deferredState = useDeferredValue(state);
  const deferredEvaluation = deferredState?.evaluations[index];
  const deferredDecision = deferredState?.current ? deferredEvaluation?.decision : undefined;

  const { start, writeNow } = useAddress(
    { source, state, decision: evaluation?.decision.id ?? null, member, negotiation },
    {
      openText: (name, text) => opened(name, text),
      setCommands,
      selectDecision: (id) =>
        setDecisionIndex(Math.max(0, state?.evaluations.findIndex((e) => e.decision.id === id) ?? 0)),
      selectMember: setMember,
      openNegotiation: setNegotiation,
      notice: setNotice,
    },
  );
  const { config, cases, loadError, openCase } = useLibrary(openedCase, start);
  const applyNew = useCallback(
    (command: ScenarioCommand) => {
      const r = apply(command);
      if (r.ok) setRedoable([]);
      return r;
    },
    [apply],
  );
  const commands = source?.commands ?? [];
  const undo = useCallback(() => {
    const last = commands.at(-1);
    if (!last) return;
    setRedoable((r) => [...r, last]);
    setCommands(commands.slice(0, -1));
  }, [commands, setCommands]);
  const redo = useCallback(() => {
    const next = redoable.at(-1);
    if (!next) return;
    setRedoable((r) => r.slice(0, -1));
    setCommands([...commands, next]);
  }, [commands, redoable, setCommands]);

  // The seat that opened the member panel gets focus back when the panel closes.
  const lastSeat = useRef<string | null>(null);
  const selectMember = useCallback((code: string) => {
    lastSeat.current = code;
    setMember(code);
  }, []);
  const closeMember = useCallback(() => {
    setMember(null);
    const code = lastSeat.current;
    if (code) requestAnimationFrame(() => document.querySelector<HTMLElement>(`.seat[data-member="${code}"]`)?.focus());
  }, []);

  return (
    <>
      <a className="skip-link" href="#chamber">
        Skip to the chamber
      </a>
      <AppHeader
        title={shown?.title ?? source?.fileName ?? 'Loading…'}
        ms={state && source && source.revision > 0 ? state.ms : null}
      />
      <div className={`layout${member ? ' with-member' : ''}`}>
        <main id="chamber" className="col-main" tabIndex={-1}>
          <p className="intro" data-testid="intro">
            Each seat is a Council member, showing how it is predicted to vote on the text below. Change the text, the
            date or a member's position and the outcome is worked out again.
            {source?.caseFile === TOUR_CASE && !touring ? (
              <>
                {' '}
                <button type="button" className="link" onClick={() => setTouring(true)} data-testid="tour-start">
                  Take the two-minute tour
                </button>
              </>
            ) : null}
          </p>
          {touring ? <Tour onClose={() => setTouring(false)} /> : null}
          {state && shown ? (
            <DecisionTabs
              evaluations={state.evaluations}
              selected={index}
              onSelect={(i) => {
                setDecisionIndex(i);
                setNotice(null);
                setNegotiation((n) => (n === null ? null : ''));
              }}
            />
          ) : null}
          {source ? (
            <ViewToolbar
              canUndo={commands.length > 0}
              canRedo={redoable.length > 0}
              onUndo={undo}
              onRedo={redo}
              whatIfs={commands.length}
              writeAddress={writeNow}
            />
          ) : null}
          <Banners loadError={loadError} state={state} notice={notice} />
          {evaluation ? (
            <DecisionView evaluation={evaluation} selectedMember={member} onSelectMember={selectMember} />
          ) : null}
          {state && scenario && evaluation ? (
            <>
              <DecisionWhatIfs scenario={scenario} index={index} onApply={applyNew} onNotice={setNotice} />
              {deferredDecision ? (
                <Negotiate
                  key={deferredDecision.id}
                  decision={deferredDecision}
                  address={negotiation}
                  onAddress={setNegotiation}
                  onClose={() => setNegotiation(null)}
                  onSelectMember={selectMember}
                />
              ) : null}
              {deferredDecision ? (
                <SearchPanel
                  decision={deferredDecision}
                  onUseText={(clauses) =>
                    applyNew({ type: 'set-tabled', decision: deferredDecision.id, clauses: clauses.map(clauseId) })
                  }
                />
              ) : null}
            </>
          ) : null}
          <DraftPanel onOpen={opened} />
          {source && state ? (
            <section className="panel" aria-labelledby="file-title">
              <h2 id="file-title">Scenario file: {source.fileName}</h2>
              {source.commands.length > 0 ? (
                <p className="notice" data-testid="pending-what-ifs">
                  {source.commands.length} what-if{source.commands.length === 1 ? ' is' : 's are'} not yet written into
                  the file.{' '}
                  <button
                    type="button"
                    onClick={() => {
                      write();
                      setRedoable([]);
                    }}
                  >
                    Write them into the file
                  </button>
                </p>
              ) : null}
              <ScenarioEditor fileName={source.fileName} text={source.text} errors={state.errors} onChange={edit} />
            </section>
          ) : null}
          {evaluation ? (
            <PowerPanel
              body={evaluation.decision.body}
              title={
                evaluation.decision.body.date ? `the Council on ${evaluation.decision.body.date}` : 'the custom body'
              }
            />
          ) : null}
          {deferredEvaluation ? <PivotChart evaluation={deferredEvaluation} /> : null}
          {config?.record ? <RecordPanel /> : null}
        </main>
        <div className="col-right">
          {member && evaluation && state && scenario ? (
            <MemberSide evaluation={evaluation} code={member} onApply={applyNew} onClose={closeMember} />
          ) : (
            <aside className="panel hint" data-tour="members">
              <h2>Members</h2>
              <p>Select a seat in the chamber to see and change that member's position.</p>
            </aside>
          )}
        </div>
        <div className="col-left">
          <CaseLibrary
            cases={cases}
            current={source?.caseFile ?? ''}
            onOpenCase={(file) => void openCase(file)}
            onOpenText={(name, text) => opened(name, text)}
            onSave={() => source && downloadText(source.fileName, write() ?? source.text)}
            onRevert={
              source && (source.text !== source.original || source.commands.length > 0)
                ? () => {
                    revert();
                    setRedoable([]);
                  }
                : null
            }
          />
          <section className="panel" aria-labelledby="new-scenario-title">
            <h2 id="new-scenario-title">Write your own</h2>
            <p className="muted">
              A title, a date and the clauses; then click the seats to set each member's red lines.
            </p>
            <NewScenarioForm onCreate={(name, text) => opened(name, text)} />
          </section>
        </div>
      </div>
      <footer className="app-footer">
        <p>Every vote, tally and outcome on this page is computed by the Horseshoe engine in your browser.</p>
      </footer>
    </>
  );
}

/** The title bar; `ms` is the time the last change took to load and evaluate (shown once the file changed). */
function AppHeader({ title, ms }: { title: string; ms: number | null }) {
  return (
    <header className="app-header">
      <h1>
        <span aria-hidden="true">∩ </span>Horseshoe
      </h1>
      <p className="app-title" data-testid="scenario-title">
        {title}
      </p>
      {ms === null ? null : (
        <p
          className="app-timing"
          data-testid="timing"
          title="Time to load the changed file and evaluate every decision"
        >
          re-evaluated in {ms.toFixed(1)} ms
        </p>
      )}
    </header>
  );
}

function Banners({
  loadError,
  state,
  notice,
}: {
  loadError: string | null;
  state: ScenarioState | null;
  notice: string | null;
}) {
  return (
    <>
      {loadError ? (
        <p role="alert" className="error-banner">
          {loadError}
        </p>
      ) : null}
      {state && state.refused.length > 0 ? (
        <p role="alert" className="error-banner" data-testid="refused-what-ifs">
          After the file changed, {state.refused.length} what-if{state.refused.length === 1 ? '' : 's'} no longer appl
          {state.refused.length === 1 ? 'ies' : 'y'}: {state.refused.map((r) => r.errors[0]?.message).join('; ')}
        </p>
      ) : null}
      {state && !state.current ? (
        <p role="alert" className="error-banner" data-testid="file-errors-banner">
          ⚠ The file has {state.errors.length} error{state.errors.length === 1 ? '' : 's'} (see the scenario file
          below).{state.scenario ? ' Showing the last valid version.' : ''}
        </p>
      ) : null}
      {notice ? (
        <p role="status" className="notice">
          {notice}
        </p>
      ) : null}
    </>
  );
}
