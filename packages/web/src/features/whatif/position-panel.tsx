import { CAST_VOTES, type CastVote, type Clause, type Position, type VoteDistribution } from '@horseshoe/engine';
import type { PositionEdit } from '../../state/what-ifs.ts';
import { clauseLabel } from '../../words/sentences.ts';
import { VOTE_ICON, voteKind, voteText } from '../chamber/vote-style.ts';
import { NumberField } from './number-field.tsx';

interface PositionPanelProps {
  readonly code: string;
  readonly name: string;
  readonly permanent: boolean;
  /** The member's effective position on this decision, as the engine resolved it. */
  readonly position: Position;
  readonly clauses: readonly Clause[];
  readonly vote: CastVote | VoteDistribution;
  readonly reason: string;
  readonly onEdit: (edit: PositionEdit) => void;
  readonly onReset: () => void;
  readonly onClose: () => void;
}

type VoteMode = 'rules' | CastVote | 'distribution';

const FIXED_VOTE: Readonly<Record<CastVote, string>> = {
  yes: 'Votes yes',
  no: 'Votes no',
  abstain: 'Abstains',
  absent: 'Is absent',
};

/** The side panel editing one member's position on the current decision. */
export function PositionPanel(props: PositionPanelProps) {
  const { code, name, permanent, position, clauses, onEdit } = props;
  const mode: VoteMode =
    position.vote === null ? 'rules' : typeof position.vote === 'string' ? position.vote : 'distribution';
  const toggle = (field: 'rejects' | 'requires', clause: string, on: boolean) => {
    const current = position[field] as readonly string[];
    onEdit({ field, value: on ? [...current, clause] : current.filter((c) => c !== clause) });
  };
  return (
    <aside className="panel position-panel" aria-labelledby="position-title" data-testid="position-panel">
      <div className="panel-head">
        <h2 id="position-title" tabIndex={-1}>
          {name} ({code}){permanent ? ' ★' : ''}
        </h2>
        <button type="button" className="link" onClick={props.onClose} aria-label={`Close ${name}`}>
          Close
        </button>
      </div>
      <p className="current-vote" data-testid="member-vote">
        <span className={`legend-dot vote-${voteKind(props.vote)}`} aria-hidden="true">
          {VOTE_ICON[voteKind(props.vote)]}
        </span>
        <strong>{voteText(props.vote)}</strong>
        <span className="current-reason">{props.reason}</span>
      </p>
      <p className="muted">
        Changes apply to this decision only and are written into the scenario file. Escape closes.
      </p>
      <label>
        Vote
        <select
          value={mode}
          data-testid="vote-mode"
          onChange={(e) => onEdit({ field: 'vote', value: voteFromMode(e.target.value as VoteMode, position.vote) })}
        >
          <option value="rules">By its position (red lines and what the text is worth to it)</option>
          {CAST_VOTES.map((v) => (
            <option key={v} value={v}>
              {FIXED_VOTE[v]}, whatever the text
            </option>
          ))}
          <option value="distribution">Uncertain (chances of each vote)</option>
        </select>
      </label>
      {mode === 'distribution' && typeof position.vote === 'object' && position.vote !== null ? (
        <DistributionFields distribution={position.vote} onEdit={onEdit} />
      ) : null}
      <fieldset disabled={mode !== 'rules'}>
        <legend>Red lines</legend>
        <table className="position-table">
          <thead>
            <tr>
              <th scope="col">Clause</th>
              <th scope="col">Rejects</th>
              <th scope="col">Requires</th>
              <th scope="col">Worth to it</th>
            </tr>
          </thead>
          <tbody>
            {clauses.map((c) => (
              <tr key={c.id}>
                <th scope="row">{clauseLabel(clauses, c.id)}</th>
                <td>
                  <input
                    type="checkbox"
                    aria-label={`Rejects: ${clauseLabel(clauses, c.id)}`}
                    checked={position.rejects.includes(c.id)}
                    onChange={(e) => toggle('rejects', c.id, e.target.checked)}
                  />
                </td>
                <td>
                  <input
                    type="checkbox"
                    aria-label={`Requires: ${clauseLabel(clauses, c.id)}`}
                    checked={position.requires.includes(c.id)}
                    onChange={(e) => toggle('requires', c.id, e.target.checked)}
                  />
                </td>
                <td>
                  <NumberField
                    label={`Worth of “${clauseLabel(clauses, c.id)}” to ${code}`}
                    hideLabel
                    value={position.values[c.id] ?? 0}
                    onCommit={(v) => onEdit({ field: 'values', value: { ...position.values, [c.id]: v ?? 0 } })}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <label>
          When the text crosses a red line, it
          <select
            value={position.onRedLine}
            onChange={(e) => onEdit({ field: 'onRedLine', value: e.target.value as 'no' | 'abstain' })}
          >
            <option value="no">votes no</option>
            <option value="abstain">abstains</option>
          </select>
        </label>
        <div className="field-row">
          <NumberField
            label="Votes yes when the text is worth at least"
            value={position.yesAt}
            onCommit={(v) => onEdit({ field: 'yesAt', value: v ?? 0 })}
          />
          <NumberField
            label="Votes no when worth less than (empty: never)"
            value={position.noBelow}
            allowEmpty
            placeholder="never"
            onCommit={(v) => onEdit({ field: 'noBelow', value: v })}
          />
        </div>
      </fieldset>
      <button type="button" onClick={props.onReset}>
        Back to {code}'s position in the scenario
      </button>
    </aside>
  );
}

function DistributionFields({
  distribution,
  onEdit,
}: {
  distribution: VoteDistribution;
  onEdit: (edit: PositionEdit) => void;
}) {
  const sum = CAST_VOTES.reduce((s, v) => s + distribution[v], 0);
  return (
    <fieldset>
      <legend>Chances of each vote (must add up to 1)</legend>
      <div className="field-row">
        {CAST_VOTES.map((v) => (
          <NumberField
            key={v}
            label={v}
            value={distribution[v]}
            step={0.05}
            min={0}
            max={1}
            onCommit={(p) => onEdit({ field: 'vote', value: { ...distribution, [v]: p ?? 0 } })}
          />
        ))}
      </div>
      <p className={Math.abs(sum - 1) < 1e-9 ? 'muted' : 'warning'}>Sum: {Math.round(sum * 1000) / 1000}</p>
    </fieldset>
  );
}

function voteFromMode(mode: VoteMode, current: Position['vote']): CastVote | VoteDistribution | null {
  if (mode === 'rules') return null;
  if (mode !== 'distribution') return mode;
  if (current !== null && typeof current === 'object') return current;
  return { yes: 0.5, no: 0, abstain: 0.5, absent: 0 };
}
