import { clauseId } from '@horseshoe/engine';
import { useCallback, useDeferredValue, useState } from 'react';
import { DecisionView } from '../features/chamber/decision-view.tsx';
import { ScenarioEditor } from '../features/editor/scenario-editor.tsx';
import { CaseLibrary, downloadText } from '../features/library/case-library.tsx';
import { PivotChart } from '../features/power/pivot-chart.tsx';
import { PowerPanel } from '../features/power/power-panel.tsx';
import { RecordPanel } from '../features/record/record-panel.tsx';
import { SearchPanel } from '../features/search/search-panel.tsx';
import { type ScenarioState, useScenarioFile } from '../state/use-scenario.ts';
import { DecisionList } from './decision-list.tsx';
import { DecisionWhatIfs, MemberSide } from './decision-what-ifs.tsx';
import { useLibrary } from './use-library.ts';

/** The whole app: case library, decisions, chamber, what-ifs, the scenario file and the panels. */
export function App() {
  const [notice, setNotice] = useState<string | null>(null);
  const [decisionIndex, setDecisionIndex] = useState(0);
  const [member, setMember] = useState<string | null>(null);
  const { source, state, open, edit, revert, apply, write } = useScenarioFile();
  const opened = useCallback(
    (fileName: string, text: string, caseFile: string | null = null) => {
      open(fileName, text, caseFile);
      setDecisionIndex(0);
      setMember(null);
      setNotice(null);
    },
    [open],
  );
  const openedCase = useCallback((file: string, text: string) => opened(file, text, file), [opened]);
  const { config, cases, loadError, openCase } = useLibrary(openedCase);

  const scenario = state?.current ? state.scenario : null;
  const shown = state?.scenario ?? null;
  const index = shown ? Math.min(decisionIndex, Math.max(0, shown.decisions.length - 1)) : 0;
  const evaluation = state?.evaluations[index];
  // The search and the file editor's error list may update a moment after the chamber.
  const deferredState = useDeferredValue(state);
  const deferredEvaluation = deferredState?.evaluations[index];
  const deferredDecision = deferredState?.current ? deferredEvaluation?.decision : undefined;

  return (
    <>
      <a className="skip-link" href="#chamber">
        Skip to the chamber
      </a>
      <AppHeader
        title={shown?.title ?? source?.fileName ?? 'Loading…'}
        ms={state && source && source.revision > 0 ? state.ms : null}
      />
      <div className="layout">
        <div className="col-left">
          <CaseLibrary
            cases={cases}
            current={source?.caseFile ?? ''}
            onOpenCase={(file) => void openCase(file)}
            onOpenText={(name, text) => opened(name, text)}
            onSave={() => source && downloadText(source.fileName, write() ?? source.text)}
            onRevert={source && (source.text !== source.original || source.commands.length > 0) ? revert : null}
          />
          {state && shown ? (
            <DecisionList
              evaluations={state.evaluations}
              selected={index}
              onSelect={(i) => {
                setDecisionIndex(i);
                setNotice(null);
              }}
            />
          ) : null}
        </div>
        <main id="chamber" className="col-main" tabIndex={-1}>
          <Banners loadError={loadError} state={state} notice={notice} />
          {evaluation ? (
            <DecisionView evaluation={evaluation} selectedMember={member} onSelectMember={setMember} />
          ) : null}
          {state && scenario && evaluation ? (
            <>
              <DecisionWhatIfs scenario={scenario} index={index} onApply={apply} onNotice={setNotice} />
              {deferredDecision ? (
                <SearchPanel
                  decision={deferredDecision}
                  onUseText={(clauses) =>
                    apply({ type: 'set-tabled', decision: deferredDecision.id, clauses: clauses.map(clauseId) })
                  }
                />
              ) : null}
            </>
          ) : null}
          {source && state ? (
            <section className="panel" aria-labelledby="file-title">
              <h2 id="file-title">Scenario file: {source.fileName}</h2>
              {source.commands.length > 0 ? (
                <p className="notice" data-testid="pending-what-ifs">
                  {source.commands.length} what-if{source.commands.length === 1 ? ' is' : 's are'} not yet written into
                  the file.{' '}
                  <button type="button" onClick={() => write()}>
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
          {config?.record ? <RecordPanel label={config.record.label} /> : null}
        </main>
        <div className="col-right">
          {member && evaluation && state && scenario ? (
            <MemberSide evaluation={evaluation} code={member} onApply={apply} onClose={() => setMember(null)} />
          ) : (
            <aside className="panel hint">
              <h2>Members</h2>
              <p>Select a seat in the chamber to see and change that member's position.</p>
            </aside>
          )}
        </div>
      </div>
      <footer className="app-footer">
        <p>
          Every vote, tally and outcome on this page is computed by the Horseshoe engine in your browser.
          {config?.record ? ` Record: ${config.record.label}.` : ''}
        </p>
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
