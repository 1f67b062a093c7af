import type { Decision, MemberId } from '@horseshoe/engine';
import type { NegotiationResult, SearchComparison } from '@horseshoe/engine/negotiation';
import { clauseLabel, withClauseTexts } from '../../words/sentences.ts';

/**
 * The end of the talks against the exact search, in sentences: whether a passing text existed, the
 * penholder's best passing text and its worth, and the gap to what the talks reached.
 * @example comparisonWords(d, 'GBR', result, comparison)[0] // "A passing text existed."
 */
export function comparisonWords(
  decision: Decision,
  penholder: MemberId,
  result: NegotiationResult,
  c: SearchComparison,
): string[] {
  const name = decision.body.names[penholder] ?? penholder;
  if (c.passingTextExists === false) {
    const why = c.conflict.map((w) => withClauseTexts(w, decision.clauses));
    return [`No text of this decision can pass${why.length > 0 ? `: ${why.join('; ')}` : ''}.`];
  }
  if (!c.best) return ['The search stopped before it knew whether any text can pass.'];
  const text =
    c.best.text.length === 0
      ? 'the text with no clause'
      : c.best.text.map((id) => `“${clauseLabel(decision.clauses, id)}”`).join(', ');
  const lines = [
    'A passing text existed.',
    `The best passing text for ${name} (the penholder): ${text}, worth ${num(c.best.utility)} to it.`,
  ];
  if (!result.passed) lines.push('The talks did not reach a passing text.');
  else if (c.gap === 0) lines.push(`The talks reached a text worth as much to ${name}: no gap.`);
  else
    lines.push(
      `The talks reached a text worth ${num(result.penholderUtility)} to ${name}: a gap of ${num(c.gap ?? 0)}.`,
    );
  return lines;
}

function num(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Math.round(n * 100) / 100);
}
