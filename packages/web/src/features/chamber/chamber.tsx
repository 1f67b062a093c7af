import type { CastVote, VoteDistribution } from '@horseshoe/engine';
import { useId, useState } from 'react';
import { HORSESHOE, seatingOrder, seatPoints } from './layout.ts';
import { VOTE_ICON, VOTE_KINDS, VOTE_LABEL, voteKind, voteText, yesPercent } from './vote-style.ts';

/** One seat as the chamber shows it; built from the engine's evaluation, never computed here. */
export interface SeatView {
  readonly code: string;
  readonly name: string;
  readonly permanent: boolean;
  readonly vote: CastVote | VoteDistribution;
  /** The vote and the engine's reason for it, as a sentence ("Russian Federation votes no: …"). */
  readonly reason: string;
}

interface ChamberProps {
  readonly seats: readonly SeatView[];
  readonly selected: string | null;
  readonly onSelect: (code: string) => void;
  /** A short caption such as "Members on 18 April 2019". */
  readonly caption: string;
}

/** The fifteen (or eleven) seats around the horseshoe table, each showing its predicted vote. */
export function Chamber({ seats, selected, onSelect, caption }: ChamberProps) {
  const [hovered, setHovered] = useState<string | null>(null);
  const tipId = useId();
  const order = seatingOrder(
    seats.map((s) => s.code),
    new Set(seats.filter((s) => s.permanent).map((s) => s.code)),
  );
  const points = seatPoints(order.length);
  const byCode = new Map(seats.map((s) => [s.code, s]));
  const shown = hovered ? byCode.get(hovered) : undefined;
  return (
    <figure className="chamber" aria-label={caption}>
      <div className="chamber-stage">
        <svg className="chamber-table" viewBox="0 0 100 100" preserveAspectRatio="none" aria-hidden="true">
          <path d={tablePath()} />
        </svg>
        {order.map((code, i) => {
          const seat = byCode.get(code);
          const p = points[i];
          if (!seat || !p) return null;
          const kind = voteKind(seat.vote);
          return (
            <button
              key={code}
              type="button"
              className={`seat vote-${kind}${seat.permanent ? ' permanent' : ''}${selected === code ? ' selected' : ''}`}
              style={{ left: `${p.x}%`, top: `${p.y}%` }}
              data-member={code}
              data-vote={kind}
              aria-pressed={selected === code}
              aria-describedby={hovered === code ? tipId : undefined}
              onClick={() => onSelect(code)}
              onMouseEnter={() => setHovered(code)}
              onMouseLeave={() => setHovered((h) => (h === code ? null : h))}
              onFocus={() => setHovered(code)}
              onBlur={() => setHovered((h) => (h === code ? null : h))}
            >
              <span className="seat-icon" aria-hidden="true">
                {VOTE_ICON[kind]}
              </span>
              <span className="seat-code">{code}</span>
              {seat.permanent ? (
                <span className="seat-p5" aria-hidden="true" title="permanent member">
                  ★
                </span>
              ) : null}
              {kind === 'uncertain' ? <span className="seat-prob">{yesPercent(seat.vote)}%</span> : null}
              <span className="visually-hidden">
                {`, ${seat.permanent ? 'permanent member' : 'elected member'}. ${voteText(seat.vote)}. ${seat.reason}`}
              </span>
            </button>
          );
        })}
        {shown ? <SeatTip id={tipId} seat={shown} /> : null}
      </div>
      <figcaption>
        <span>{caption}</span>
        <ul className="legend" aria-label="Legend">
          {VOTE_KINDS.map((k) => (
            <li key={k}>
              <span className={`legend-dot vote-${k}`} aria-hidden="true">
                {VOTE_ICON[k]}
              </span>
              {VOTE_LABEL[k]}
              {k === 'uncertain' ? ' (chance of yes)' : ''}
            </li>
          ))}
          <li>
            <span className="legend-star" aria-hidden="true">
              ★
            </span>
            Permanent member (veto)
          </li>
        </ul>
      </figcaption>
    </figure>
  );
}

function SeatTip({ id, seat }: { id: string; seat: SeatView }) {
  return (
    <div id={id} role="tooltip" className="seat-tip">
      <strong>
        {seat.name}
        {seat.permanent ? ' ★' : ''}
      </strong>
      <span>
        {VOTE_ICON[voteKind(seat.vote)]} {voteText(seat.vote)}
      </span>
      <span>{seat.reason}</span>
    </div>
  );
}

function tablePath(): string {
  const { cx, cy, rx, ry, leg } = HORSESHOE;
  const left = cx - rx;
  const right = cx + rx;
  return `M ${left} ${cy + leg} L ${left} ${cy} A ${rx} ${ry} 0 0 1 ${right} ${cy} L ${right} ${cy + leg}`;
}
