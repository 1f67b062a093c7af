import {
  CAST_VOTES,
  type ClauseId,
  clauseId,
  INSTRUMENTS,
  type Instrument,
  memberId,
  type PositionFieldEdit,
  type ScenarioCommand,
} from '@horseshoe/engine';

// The view in the page's address: which file (a case of the library by name, or another file by the
// hash of its text, kept in this browser's local storage), which decision and member, and the
// what-ifs as a compact list of engine commands. Reloading the page or opening a shared link replays
// the commands on the same file, so the screen comes back as it was.

/** What the address says about the view. */
export interface AddressView {
  /** A case of the library by file name, or a file by the hash of its text. */
  readonly file:
    | { readonly type: 'case'; readonly name: string }
    | { readonly type: 'hash'; readonly hash: string }
    | null;
  readonly decision: string | null;
  readonly member: string | null;
  readonly commands: readonly ScenarioCommand[];
  /** The negotiation player, when open: its settings and step (`n=GBR.10.1.4`; '' for the defaults). */
  readonly negotiation?: string | null;
}

/** Reads the view from a query string (`?case=…&d=…&m=…&w=…&n=…`); a part that cannot be read is left out. */
export function readAddress(search: string): AddressView {
  const q = new URLSearchParams(search);
  const name = q.get('case');
  const hash = q.get('file');
  const negotiation = q.get('n');
  return {
    ...(negotiation === null ? {} : { negotiation }),
    file: name ? { type: 'case', name } : hash && /^[0-9a-f]{8,32}$/.test(hash) ? { type: 'hash', hash } : null,
    decision: q.get('d'),
    member: q.get('m'),
    commands: decodeCommands(q.get('w') ?? ''),
  };
}

/** Writes the view as a query string, the inverse of {@link readAddress}. */
export function writeAddress(view: AddressView): string {
  const q = new URLSearchParams();
  if (view.file?.type === 'case') q.set('case', view.file.name);
  if (view.file?.type === 'hash') q.set('file', view.file.hash);
  if (view.decision) q.set('d', view.decision);
  if (view.member) q.set('m', view.member);
  if (view.commands.length > 0) q.set('w', encodeCommands(view.commands));
  if (view.negotiation !== undefined && view.negotiation !== null) q.set('n', view.negotiation);
  return `?${q}`;
}

type Packed = readonly (string | number | null | readonly unknown[] | Readonly<Record<string, number>>)[];

/** The commands as base64url of a JSON list of short tuples (`["t","formal-statement","name-lna",0]`). */
export function encodeCommands(commands: readonly ScenarioCommand[]): string {
  const json = JSON.stringify(commands.map(pack));
  const bytes = new TextEncoder().encode(json);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

/** The commands of an address; anything malformed (a hand-edited link) yields no command for it. */
export function decodeCommands(text: string): ScenarioCommand[] {
  if (text === '') return [];
  try {
    const binary = atob(text.replaceAll('-', '+').replaceAll('_', '/'));
    const json = new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
    const list: unknown = JSON.parse(json);
    if (!Array.isArray(list)) return [];
    return list.flatMap((item) => {
      const c = Array.isArray(item) ? unpack(item) : null;
      return c ? [c] : [];
    });
  } catch {
    return [];
  }
}

function pack(c: ScenarioCommand): Packed {
  switch (c.type) {
    case 'toggle-clause':
      return ['t', c.decision, c.clause, c.included ? 1 : 0];
    case 'set-tabled':
      return ['s', c.decision, [...c.clauses]];
    case 'set-instrument':
      return ['i', c.decision, c.instrument];
    case 'set-date':
      return ['D', c.decision, c.date];
    case 'set-position':
      return ['p', c.decision, c.member, c.edit.field, c.edit.value as Packed[number]];
    case 'set-vote-distribution':
      return ['v', c.decision, c.member, ...CAST_VOTES.map((v) => c.distribution[v])];
    case 'reset-position':
      return ['r', c.decision, c.member];
    default: {
      const never: never = c;
      throw new Error(`unexpected command ${JSON.stringify(never)}`);
    }
  }
}

const isString = (x: unknown): x is string => typeof x === 'string' && x.length > 0 && x.length <= 200;
const isNumber = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);
const isClauses = (x: unknown): x is string[] => Array.isArray(x) && x.every(isString);

function unpack(t: readonly unknown[]): ScenarioCommand | null {
  const [code, decision, a, b, c, d] = t;
  if (!isString(decision)) return null;
  switch (code) {
    case 't':
      return isString(a) && (b === 0 || b === 1)
        ? { type: 'toggle-clause', decision, clause: clauseId(a), included: b === 1 }
        : null;
    case 's':
      return isClauses(a) ? { type: 'set-tabled', decision, clauses: a.map(clauseId) } : null;
    case 'i':
      return INSTRUMENTS.includes(a as Instrument)
        ? { type: 'set-instrument', decision, instrument: a as Instrument }
        : null;
    case 'D':
      return isString(a) ? { type: 'set-date', decision, date: a } : null;
    case 'r':
      return isString(a) ? { type: 'reset-position', decision, member: memberId(a) } : null;
    case 'v':
      return isString(a) && [b, c, d, t[6]].every(isNumber)
        ? {
            type: 'set-vote-distribution',
            decision,
            member: memberId(a),
            distribution: { yes: b as number, no: c as number, abstain: d as number, absent: t[6] as number },
          }
        : null;
    case 'p': {
      const edit = isString(b) ? fieldEdit(b, c) : null;
      return isString(a) && edit ? { type: 'set-position', decision, member: memberId(a), edit } : null;
    }
    default:
      return null;
  }
}

function fieldEdit(field: string, value: unknown): PositionFieldEdit | null {
  switch (field) {
    case 'rejects':
    case 'requires':
      return isClauses(value) ? { field, value: value.map((v): ClauseId => clauseId(v)) } : null;
    case 'onRedLine':
      return value === 'no' || value === 'abstain' ? { field, value } : null;
    case 'values':
      return typeof value === 'object' &&
        value !== null &&
        !Array.isArray(value) &&
        Object.values(value).every(isNumber)
        ? { field, value: value as Record<string, number> }
        : null;
    case 'yesAt':
      return isNumber(value) ? { field, value } : null;
    case 'noBelow':
      return value === null || isNumber(value) ? { field, value } : null;
    case 'vote':
      return value === null || CAST_VOTES.includes(value as never)
        ? ({ field, value: value as PositionFieldEdit['value'] } as PositionFieldEdit)
        : null;
    default:
      return null;
  }
}

/**
 * A short hash of a file's text (cyrb53: two 32-bit FNV-style lanes), the name of an opened or edited
 * file in the address and in local storage. Not cryptographic: it only tells files apart.
 * @example textHash('title: x') // "0c3f…" (14 hex digits)
 */
export function textHash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}
