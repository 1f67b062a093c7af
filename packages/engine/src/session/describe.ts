import { assertNever } from '../errors.ts';
import { instrumentNoun } from '../rules/instrument.ts';
import { describeVoteReason } from '../scenario/position.ts';
import type { SessionEvent } from './events.ts';

/**
 * One line for an event of a session's timeline, in a diplomat's words (the actor is printed apart).
 * @example describeSessionEvent(blocked) // 'consensus blocked on "formal-statement" by RUS: No presidential statement: …'
 */
export function describeSessionEvent(e: SessionEvent): string {
  switch (e.type) {
    case 'session-created':
      return `session "${e.title}" opened on ${e.date}: ${e.body.custom ? 'a committee' : 'the Security Council'} of ${e.body.members.length}, ${e.body.threshold} votes needed`;
    case 'draft-circulated':
      return `circulated ${instrumentNoun(e.instrument)} "${e.draftId}": ${e.clauses.map((c) => c.id).join(', ')}${e.penholder ? ` (penholder ${e.penholder})` : ''}`;
    case 'amendment-proposed':
      return `proposed amendment "${e.amendmentId}" to "${e.draftId}": ${e.op} ${[e.clauseId, e.clause?.id].filter(Boolean).join(' → ')}`;
    case 'draft-revised':
      return `"${e.draftId}" revised (version ${e.draftVersion}, amendment "${e.amendmentId}" ${e.by}): ${e.clauses.map((c) => c.id).join(', ')}`;
    case 'position-stated':
      return `${e.member} stated a ${e.visibility} position${e.draftId ? ` on "${e.draftId}"` : ''}${positionWords(e.position)}`;
    case 'objection-raised':
      return `objected to "${e.draftId}": ${e.reason}`;
    case 'objection-withdrawn':
      return `withdrew its objection to "${e.draftId}"`;
    case 'silence-started':
      return `put "${e.draftId}" under silence until ${e.until}`;
    case 'silence-passed':
      return `silence on "${e.draftId}" passed unbroken${e.outcome ? `: ${e.outcome.explanation}` : ': the text is final'}`;
    case 'silence-broken':
      return `broke silence on "${e.draftId}": ${e.reason}`;
    case 'consensus-adopted':
      return `"${e.draftId}" adopted: ${e.outcome.explanation}`;
    case 'consensus-blocked':
      return `consensus on "${e.draftId}" blocked by ${e.objectors.join(', ')}: ${e.outcome.explanation}`;
    case 'vote-opened':
      return `opened vote "${e.voteId}" on ${e.amendmentId ? `amendment "${e.amendmentId}" to ` : ''}"${e.draftId}"`;
    case 'vote-cast':
      return `voted ${e.vote} in "${e.voteId}"`;
    case 'vote-closed':
      return `closed vote "${e.voteId}": ${e.outcome.adopted ? 'ADOPTED' : `NOT ADOPTED (${e.outcome.reason})`}. ${e.outcome.explanation}`;
    case 'vote-explained':
      return `explained its vote in "${e.voteId}": ${e.text}`;
    case 'speaker-inscribed':
      return `inscribed on the list of speakers (${e.speakers.join(', ')})`;
    case 'floor-given':
      return `gave the floor to ${e.seat}`;
    case 'timer-started':
      return `set a timer of ${e.seconds} s (until ${e.endsAt})`;
    case 'timer-ended':
      return 'the timer ran out';
    case 'draft-withdrawn':
      return `withdrew "${e.draftId}"`;
    case 'amendment-withdrawn':
      return `withdrew amendment "${e.amendmentId}" to "${e.draftId}"`;
    case 'session-ended':
      return 'ended the session';
    case 'ai-assigned':
      return `handed seat ${e.seat} to an AI delegation (${e.strategy})`;
    case 'ai-released':
      return `took seat ${e.seat} back from its AI delegation`;
    case 'ai-noted':
      return `the AI delegation of ${e.seat} took notes`;
    default:
      return assertNever(e);
  }
}

function positionWords(p: Extract<SessionEvent, { type: 'position-stated' }>['position']): string {
  const parts: string[] = [];
  if (p.vote !== null)
    parts.push(
      describeVoteReason(
        typeof p.vote === 'string' ? { type: 'fixed', vote: p.vote } : { type: 'distribution', distribution: p.vote },
      ),
    );
  if (p.rejects.length > 0) parts.push(`rejects ${p.rejects.join(', ')}`);
  if (p.requires.length > 0) parts.push(`requires ${p.requires.join(', ')}`);
  const values = Object.entries(p.values);
  if (values.length > 0) parts.push(`values ${values.map(([c, v]) => `${c} ${v}`).join(', ')}; yes at ${p.yesAt}`);
  return parts.length > 0
    ? `: ${parts.join('; ')}${p.rejects.length + p.requires.length > 0 ? ` (votes ${p.onRedLine} on a red line)` : ''}`
    : ': no red lines';
}
