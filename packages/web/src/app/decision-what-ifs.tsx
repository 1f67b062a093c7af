import {
  DEFAULT_POSITION,
  type DecisionEvaluation,
  describeVoteReason,
  memberId,
  type Scenario,
  type ScenarioCommand,
} from '@horseshoe/engine';
import { useEffect, useRef } from 'react';
import { DecisionControls } from '../features/whatif/decision-controls.tsx';
import { PositionPanel } from '../features/whatif/position-panel.tsx';
import type { ApplyResult } from '../state/use-scenario.ts';

/** Runs a what-if command through the engine; the answer says whether it applied, or why not. */
export type ApplyCommand = (command: ScenarioCommand) => ApplyResult;

interface DecisionWhatIfsProps {
  readonly scenario: Scenario;
  readonly index: number;
  readonly onApply: ApplyCommand;
  readonly onNotice: (notice: string | null) => void;
}

/** The what-ifs on one decision, each applied by the engine as a command. */
export function DecisionWhatIfs({ scenario, index, onApply, onNotice }: DecisionWhatIfsProps) {
  const decision = scenario.decisions[index];
  if (!decision) return null;
  const id = decision.id;
  return (
    <DecisionControls
      decision={decision}
      onToggleClause={(clause, included) => onApply({ type: 'toggle-clause', decision: id, clause, included })}
      onInstrument={(instrument) => onApply({ type: 'set-instrument', decision: id, instrument })}
      onDate={(date) => {
        const r = onApply({ type: 'set-date', decision: id, date });
        if (r.ok) {
          const dropped = r.events.flatMap((e) => (e.type === 'positions-dropped' ? e.members : []));
          onNotice(
            dropped.length > 0
              ? `Not on the Council on ${date}: ${dropped.join(', ')}; their positions were removed.`
              : null,
          );
        }
        return r;
      }}
    />
  );
}

interface MemberSideProps {
  readonly evaluation: DecisionEvaluation;
  readonly code: string;
  readonly onApply: ApplyCommand;
  readonly onClose: () => void;
}

/** The side panel for the selected member: its effective position on the decision, editable. */
export function MemberSide({ evaluation, code, onApply, onClose }: MemberSideProps) {
  const panel = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // On a phone the panel sits below the chamber: bring it into view when a seat is chosen.
    if (code) panel.current?.scrollIntoView?.({ block: 'nearest' });
  }, [code]);
  const vote = evaluation.votes.find((v) => v.member === code);
  if (!vote) return null;
  const decision = evaluation.decision.id;
  const member = memberId(code);
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
        reason={describeVoteReason(vote.reason)}
        onEdit={(edit) => onApply({ type: 'set-position', decision, member, edit })}
        onDistribution={(distribution) => onApply({ type: 'set-vote-distribution', decision, member, distribution })}
        onReset={() => onApply({ type: 'reset-position', decision, member })}
        onClose={onClose}
      />
    </div>
  );
}
