import { DEFAULT_POSITION, type DecisionEvaluation, describeVoteReason, type Scenario } from '@horseshoe/engine';
import { useCallback, useEffect, useState } from 'react';
import { DecisionView } from '../features/chamber/decision-view.tsx';
import { percent, verdictOf } from '../features/chamber/views.ts';
import { ScenarioEditor } from '../features/editor/scenario-editor.tsx';
import { CaseLibrary, downloadText } from '../features/library/case-library.tsx';
import { PowerPanel } from '../features/power/power-panel.tsx';
import { RecordPanel } from '../features/record/record-panel.tsx';
import { SearchPanel } from '../features/search/search-panel.tsx';
import { DecisionControls } from '../features/whatif/decision-controls.tsx';
import { PositionPanel } from '../features/whatif/position-panel.tsx';
import { type ScenarioState, useScenario, useSource } from '../state/use-scenario.ts';
import {
  editPosition,
  resetPosition,
  setDecisionDate,
  setInstrument,
  setTabled,
  toggleClause,
} from '../state/what-ifs.ts';
import { type CaseSummary, fetchCases, fetchCaseText, fetchConfig, type ServerConfig } from './api.ts';

/** The whole app: case library, decisions, chamber, what-ifs, the scenario file and the panels. */
export function App() {
  const [config, setConfig] = useState<ServerConfig | null>(null);
  const [cases, setCases] = useState<CaseSummary[]>([]);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [decisionIndex, setDecisionIndex] = useState(0);
  const [member, setMember] = useState<string | null>(null);
  const { source, open, edit, revert } = useSource();
  const state = useScenario(source);

  const openCase = useCallback(
    async (file: string) => {
      try {
        const text = await fetchCaseText(file);
        open(file, text, file);
        setDecisionIndex(0);
        setMember(null);
        setNotice(null);
        setLoadError(null);
        const url = new URL(window.location.href);
        url.searchParams.set('case', file);
        window.history.replaceState(null, '', url);
      } catch (error) {
        setLoadError(error instanceof Error ? error.message : String(error));
      }
    },
    [open],
  );

  useEffect(() => {
    void (async () => {
      try {
        const [cfg, list] = await Promise.all([fetchConfig(), fetchCases()]);
        setConfig(cfg);
        setCases(list);
        await openCase(new URL(window.location.href).searchParams.get('case') ?? cfg.defaultCase);
      } catch (error) {
        setLoadError(error instanceof Error ? error.message : String(error));
      }
    })();
  }, [openCase]);

  const scenario = state?.scenario ?? null;
  const index = scenario ? Math.min(decisionIndex, Math.max(0, scenario.decisions.length - 1)) : 0;
  const evaluation = state?.evaluations[index];

  return (
    <>
      <a className="skip-link" href="#chamber">
        Skip to the chamber
      </a>
      <header className="app-header">
        <h1>
          <span aria-hidden="true">∩ </span>Horseshoe
        </h1>
        <p className="app-title" data-testid="scenario-title">
          {scenario?.title ?? source?.fileName ?? 'Loading…'}
        </p>
        {state ? (
          <p className="app-timing" title="Time to load the file and evaluate every decision in the browser">
            evaluated in {state.ms.toFixed(1)} ms
          </p>
        ) : null}
      </header>
      <div className="layout">
        <div className="col-left">
          <CaseLibrary
            cases={cases}
            current={source?.caseFile ?? ''}
            onOpenCase={(file) => void openCase(file)}
            onOpenText={(name, text) => {
              open(name, text, null);
              setDecisionIndex(0);
              setMember(null);
              setNotice(null);
            }}
            onSave={() => source && downloadText(source.fileName, source.text)}
            onRevert={source && source.text !== source.original ? revert : null}
          />
          {state && scenario ? (
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
          {loadError ? (
            <p role="alert" className="error-banner">
              {loadError}
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
          {evaluation ? (
            <DecisionView evaluation={evaluation} selectedMember={member} onSelectMember={setMember} />
          ) : null}
          {state?.current && scenario && evaluation ? (
            <WhatIfs state={state} scenario={scenario} index={index} onText={edit} onNotice={setNotice} />
          ) : null}
          {state?.current && scenario && evaluation ? (
            <SearchPanel
              decision={evaluation.decision}
              onUseText={(clauses) => edit(setTabled(state.file, index, clauses))}
            />
          ) : null}
          {source && state ? (
            <section className="panel" aria-labelledby="file-title">
              <h2 id="file-title">Scenario file: {source.fileName}</h2>
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
          {config?.record ? <RecordPanel label={config.record.label} /> : null}
        </main>
        <div className="col-right">
          {member && evaluation && state?.current && scenario ? (
            <MemberSide
              evaluation={evaluation}
              state={state}
              index={index}
              code={member}
              onText={edit}
              onClose={() => setMember(null)}
            />
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

function DecisionList({
  evaluations,
  selected,
  onSelect,
}: {
  evaluations: readonly DecisionEvaluation[];
  selected: number;
  onSelect: (index: number) => void;
}) {
  return (
    <nav className="panel decisions" aria-labelledby="decisions-title">
      <h2 id="decisions-title">Decisions</h2>
      <ol className="decision-list">
        {evaluations.map((e, i) => (
          <li key={e.decision.id}>
            <button
              type="button"
              className={`decision-item ${e.passed ? 'passed' : 'failed'}${i === selected ? ' current' : ''}`}
              aria-current={i === selected ? 'true' : undefined}
              data-decision={e.decision.id}
              onClick={() => onSelect(i)}
            >
              <span className="decision-id">{e.decision.id}</span>
              <span className="decision-verdict" data-testid="decision-verdict">
                <span aria-hidden="true">{e.passed ? '✓ ' : '✗ '}</span>
                {verdictOf(e)}
                {e.certain ? '' : ` (${percent(e.probability)})`}
              </span>
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}

function WhatIfs({
  state,
  scenario,
  index,
  onText,
  onNotice,
}: {
  state: ScenarioState;
  scenario: Scenario;
  index: number;
  onText: (text: string) => void;
  onNotice: (notice: string | null) => void;
}) {
  const decision = scenario.decisions[index];
  if (!decision) return null;
  return (
    <DecisionControls
      decision={decision}
      onToggleClause={(clause, on) => onText(toggleClause(state.file, scenario, index, clause, on))}
      onInstrument={(instrument) => onText(setInstrument(state.file, index, instrument))}
      onDate={(date) => {
        const change = setDecisionDate(state.file, scenario, index, date);
        onText(change.text);
        onNotice(
          change.dropped.length > 0
            ? `Not on the Council on ${date}: ${change.dropped.join(', ')}; their positions were removed from the file.`
            : null,
        );
      }}
    />
  );
}

function MemberSide({
  evaluation,
  state,
  index,
  code,
  onText,
  onClose,
}: {
  evaluation: DecisionEvaluation;
  state: ScenarioState;
  index: number;
  code: string;
  onText: (text: string) => void;
  onClose: () => void;
}) {
  const vote = evaluation.votes.find((v) => v.member === code);
  if (!vote) return null;
  const position = evaluation.decision.positions.get(vote.member) ?? DEFAULT_POSITION;
  return (
    <PositionPanel
      code={code}
      name={vote.name}
      permanent={vote.permanent}
      position={position}
      clauses={evaluation.decision.clauses}
      vote={vote.vote}
      reason={describeVoteReason(vote.reason)}
      onEdit={(e) => onText(editPosition(state.file, index, code, e))}
      onReset={() => onText(resetPosition(state.file, index, code))}
      onClose={onClose}
    />
  );
}
