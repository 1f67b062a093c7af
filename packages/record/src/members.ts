import { assertNever, isPermanentState, PERMANENT_STATES, type PermanentState } from '@horseshoe/engine';

/**
 * The permanent members as the record names them. Veto statistics keep the USSR and the Russian
 * Federation apart (council-rules.md 1.2), so each has its own code; China is one code for both
 * the Republic of China (to 1971) and the People's Republic, as the Library's list does.
 */
export type VetoCode = PermanentState;

/** Every veto code, in the order the statistics print them: the engine's permanent states, seat by seat. */
export const VETO_CODES: readonly VetoCode[] = PERMANENT_STATES;

/** True when `text` is one of the {@link VETO_CODES}. */
export function isVetoCode(text: string): text is VetoCode {
  return isPermanentState(text);
}

// Longest names first, so that "Russian Federation" is matched before a shorter alias could be.
const NAMES: readonly (readonly [RegExp, VetoCode])[] = [
  [/\b(?:the\s+)?Russian\s+Federation\b/gi, 'RUS'],
  [/\bRussia\b/gi, 'RUS'],
  [/\bUSSR\b/gi, 'SUN'],
  [/\b(?:the\s+)?United\s+States(?:\s+of\s+America)?\b/gi, 'USA'],
  [/\bUSA\b/gi, 'USA'],
  [/\b(?:the\s+)?United\s+Kingdom\b/gi, 'GBR'],
  [/\bUK\b/gi, 'GBR'],
  [/\bFrance\b/gi, 'FRA'],
  [/\bChina\b/gi, 'CHN'],
];

/**
 * Reads the permanent members named in a phrase such as "USA, France and UK", in the order written.
 * Returns the codes and whatever text was left over (empty when every word was understood).
 * @example membersFromText('China and Russian Federation') // { codes: ['CHN', 'RUS'], rest: '' }
 */
export function membersFromText(text: string): { codes: VetoCode[]; rest: string } {
  const found: { at: number; code: VetoCode }[] = [];
  let rest = text;
  for (const [pattern, code] of NAMES) {
    rest = rest.replace(pattern, (match, offset: number) => {
      found.push({ at: offset, code });
      return ' '.repeat(match.length);
    });
  }
  found.sort((a, b) => a.at - b.at);
  const codes: VetoCode[] = [];
  for (const f of found) if (!codes.includes(f.code)) codes.push(f.code);
  const leftover = rest
    .replace(/\band\b|[,;&/]/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return { codes, rest: leftover };
}

/** The display name of a veto code. */
export function vetoMemberName(code: VetoCode): string {
  switch (code) {
    case 'SUN':
      return 'USSR';
    case 'RUS':
      return 'Russian Federation';
    case 'USA':
      return 'United States';
    case 'GBR':
      return 'United Kingdom';
    case 'FRA':
      return 'France';
    case 'CHN':
      return 'China';
    default:
      return assertNever(code);
  }
}
