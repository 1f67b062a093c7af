import {
  CAST_VOTES,
  type CastVote,
  type Clause,
  type ClauseId,
  type Position,
  type PositionFieldEdit,
  type VoteDistribution,
} from '@horseshoe/engine';
import type { ApplyResult } from '../../state/use-scenario.ts';
import { VOTE_ICON, voteKind, voteText } from '../chamber/vote-style.ts';
import { DistributionFields } from './distribution-fields.tsx';
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
  readonly onEdit: (edit: PositionFieldEdit) => ApplyResult;
  readonly onDistribution: (distribution: VoteDistribution) => ApplyResult;
  readonly onReset: () => ApplyResult;
  readonly onClose: () => void;
}

type VoteMode = 'rules' | CastVote | 'distribution';

/** The side panel editing one member's position on the current decision. */
export function PositionPanel(props: PositionPanelProps) {
  const { code, name, permanent, position, clauses, onEdit, onDistribution } = props;
  const mode: VoteMode =
    position.vote === null ? 'rules' : typeof position.vote === 'string' ? position.vote : 'distribution';
  const toggle = (field: 'rejects' | 'requires', clause: ClauseId, on: boolean) => {
    const current = position[field];
    onEdit({ field, value: on ? [...current, clause] : current.filter((c) => c !== clause) });
  };
  return (
    <aside className="panel position-panel" aria-labelledby="position-title" data-testid="position-panel">
      <div className="panel-head">
        <h2 id="position-title">
          {name} ({code}){permanent ? ' ★' : ''}
        </h2>
        <button type="button" className="link" onClick={props.onClose}>
          Close
        </button>
      </div>
      <p className="current-vote" data-testid="member-vote">
        <span className={`legend-dot vote-${voteKind(props.vote)}`} aria-hidden="true">
          {VOTE_ICON[voteKind(props.vote)]}
        </span>
        <strong>{voteText(props.vote)}</strong>
        <span className="current-reason">because: {props.reason}</span>
      </p>
      <p className="muted">
        Changes apply to this decision only; they are written into the scenario file when you save it.
      </p>
      <label>
        Vote
        <select
          value={mode}
          data-testid="vote-mode"
          onChange={(e) => {
            const next = e.target.value as VoteMode;
            if (next === 'distribution') onDistribution(startingDistribution(position.vote, props.vote));
            else onEdit({ field: 'vote', value: next === 'rules' ? null : next });
          }}
        >
          <option value="rules">By its position (red lines, values)</option>
          {CAST_VOTES.map((v) => (
            <option key={v} value={v}>
              Fixed: {v}
            </option>
          ))}
          <option value="distribution">Uncertain (probabilities)</option>
        </select>
      </label>
      {mode === 'distribution' && typeof position.vote === 'object' && position.vote !== null ? (
        <DistributionFields distribution={position.vote} onCommit={onDistribution} />
      ) : null}
      <fieldset disabled={mode !== 'rules'}>
        <legend>Red lines</legend>
        <table className="position-table">
          <thead>
            <tr>
              <th scope="col">Clause</th>
              <th scope="col">Rejects</th>
              <th scope="col">Requires</th>
              <th scope="col">Value</th>
            </tr>
          </thead>
          <tbody>
            {clauses.map((c) => (
              <tr key={c.id}>
                <th scope="row">
                  <code>{c.id}</code>
                </th>
                <td>
                  <input
                    type="checkbox"
                    aria-label={`${code} rejects ${c.id}`}
                    checked={position.rejects.includes(c.id)}
                    onChange={(e) => toggle('rejects', c.id, e.target.checked)}
                  />
                </td>
                <td>
                  <input
                    type="checkbox"
                    aria-label={`${code} requires ${c.id}`}
                    checked={position.requires.includes(c.id)}
                    onChange={(e) => toggle('requires', c.id, e.target.checked)}
                  />
                </td>
                <td>
                  <NumberField
                    label={`${code} value of ${c.id}`}
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
          On a red line
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
            label="yesAt"
            value={position.yesAt}
            onCommit={(v) => onEdit({ field: 'yesAt', value: v ?? 0 })}
          />
          <NumberField
            label="noBelow"
            value={position.noBelow}
            allowEmpty
            placeholder="none"
            onCommit={(v) => onEdit({ field: 'noBelow', value: v })}
          />
        </div>
      </fieldset>
      <button type="button" onClick={props.onReset}>
        Reset {code} on this decision
      </button>
    </aside>
  );
}

/** A distribution to start from: the member's current one, or certainty of the vote it casts now. */
function startingDistribution(current: Position['vote'], cast: CastVote | VoteDistribution): VoteDistribution {
  if (current !== null && typeof current === 'object') return current;
  if (typeof cast === 'object') return cast;
  return { yes: 0, no: 0, abstain: 0, absent: 0, [cast]: 1 };
}
