import { DEFAULT_POSITION, type DecisionEvaluation, type Scenario } from '@horseshoe/engine';
import { useEffect, useRef } from 'react';
import { DecisionControls } from '../features/whatif/decision-controls.tsx';
import { PositionPanel } from '../features/whatif/position-panel.tsx';
import type { ScenarioState } from '../state/use-scenario.ts';
import { editPosition, resetPosition, setDecisionDate, setInstrument, toggleClause } from '../state/what-ifs.ts';
import { voteSentence } from '../words/sentences.ts';

interface DecisionWhatIfsProps {
  readonly state: ScenarioState;
  readonly scenario: Scenario;
  readonly index: number;
  /** Receives the scenario file's new text after a what-if. */
  readonly onText: (text: string) => void;
  readonly onNotice: (notice: string | null) => void;
}

/** The what-ifs on one decision, each written into the scenario file's text. */
export function DecisionWhatIfs({ state, scenario, index, onText, onNotice }: DecisionWhatIfsProps) {
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

interface MemberSideProps {
  readonly evaluation: DecisionEvaluation;
  readonly state: ScenarioState;
  readonly index: number;
  readonly code: string;
  readonly onText: (text: string) => void;
  readonly onClose: () => void;
}

/** The side panel for the selected member: its effective position on the decision, editable. */
export function MemberSide({ evaluation, state, index, code, onText, onClose }: MemberSideProps) {
  const panel = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // Focus moves into the panel when a seat is chosen (on a phone the panel is a sheet over the page).
    if (code) panel.current?.querySelector<HTMLElement>('#position-title')?.focus();
  }, [code]);
  useEffect(() => {
    // Escape closes the panel (the app then gives focus back to the seat that opened it).
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') onClose();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [onClose]);
  const vote = evaluation.votes.find((v) => v.member === code);
  if (!vote) return null;
  const position = evaluation.decision.positions.get(vote.member) ?? DEFAULT_POSITION;
  return (
    <div ref={panel}>
      <PositionPanel
        code={code}
        name={vote.name}
        permanent={vote.permanent}
        position={position}
        clauses={evaluation.decision.clauses}
        vote={vote.vote}
        reason={voteSentence(
          vote.name,
          vote.vote,
          vote.reason,
          evaluation.decision.clauses,
          evaluation.decision.instrument,
        )}
        onEdit={(e) => onText(editPosition(state.file, index, code, e))}
        onReset={() => onText(resetPosition(state.file, index, code))}
        onClose={onClose}
      />
    </div>
  );
}
