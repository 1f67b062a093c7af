import {
  type Council,
  councilRule,
  DEFAULT_THRESHOLD_SWITCH,
  decideTally,
  decideVotes,
  isKnownMemberCode,
  type MemberId,
  type Outcome,
  outcomeSummary,
  permanentCodes,
  resolveMemberCode,
  tallyFrom,
  type VoteValue,
} from '@horseshoe/engine';
import type { Command } from 'commander';
import { UsageError, usageFromErrors } from '../cli-error.ts';
import { councilFromFlags } from '../council-flags.ts';
import { formatTable, printResult, splitList, strictList } from '../output.ts';

interface OutcomeFlags {
  date?: string;
  thresholdSwitch?: string;
  yes?: string;
  no?: string;
  abstain?: string;
  absent?: string;
  notParticipating?: string;
  tally?: string;
  permanentNo?: string;
  procedural?: boolean;
  json?: boolean;
}

/** `horseshoe outcome`: decides one vote of the Council on a date, per member or from a tally. */
export function registerOutcome(program: Command): void {
  program
    .command('outcome')
    .description(
      'Decide a vote of the Council on a date: per member (--yes/--no/--abstain/--absent) or from a tally (--tally Y-N-A).',
    )
    .requiredOption(
      '--date <YYYY-MM-DD>',
      'date of the vote (sets the composition, the seats and the threshold in force that day)',
    )
    .option(
      '--threshold-switch <YYYY-MM-DD>',
      `first day on which nine votes are needed (default ${DEFAULT_THRESHOLD_SWITCH})`,
    )
    .option('--yes <CODES>', 'members voting yes, comma-separated (e.g. FRA,GBR,USA)')
    .option('--no <CODES>', 'members voting no')
    .option('--abstain <CODES>', 'members abstaining')
    .option('--absent <CODES>', 'members absent (members named nowhere are absent too)')
    .option('--not-participating <CODES>', 'members present but not participating in the vote (like an abstention)')
    .option('--tally <Y-N-A>', 'the announced count instead of per-member votes, e.g. 11-1-3')
    .option('--permanent-no <CODES>', 'with --tally: the permanent members among the no votes')
    .option('--procedural', 'a procedural vote (Art. 27(2)): the threshold applies, no veto', false)
    .option('--json', 'print JSON', false)
    .addHelpText(
      'after',
      `
Codes are ISO 3166-1 alpha-3 (USA, GBR, FRA, CHN, RUS...); former states by their former codes (SUN, YUG...).
CHN names the China seat at every date; RUS is accepted for the USSR seat.

Examples:
  horseshoe outcome --date 2022-02-25 --tally 11-1-3 --permanent-no RUS
  horseshoe outcome --date 2016-12-23 --abstain USA --yes CHN,FRA,RUS,GBR,AGO,EGY,JPN,MYS,NZL,SEN,ESP,UKR,URY,VEN
  horseshoe outcome --date 2014-12-22 --procedural --tally 11-2-2

Exit codes: 0 the vote was decided (adopted or not), 2 bad input, 1 other failure.`,
    )
    .action((flags: OutcomeFlags) => {
      const result = runOutcome(flags);
      printResult(Boolean(flags.json), toJson(result), () => render(result));
    });
}

interface OutcomeResult {
  readonly council: Council;
  readonly procedural: boolean;
  readonly outcome: Outcome;
  readonly votes: ReadonlyMap<MemberId, VoteValue> | null;
}

function runOutcome(flags: OutcomeFlags): OutcomeResult {
  const council = councilFromFlags(flags);
  const procedural = Boolean(flags.procedural);
  const permanent = permanentCodes(council);
  const rule = councilRule(council, procedural ? 'procedural' : 'resolution');
  const nameOf = (m: MemberId) => council.members.find((x) => x.code === m)?.name ?? m;
  const perMember = [flags.yes, flags.no, flags.abstain, flags.absent, flags.notParticipating].some(
    (f) => f !== undefined,
  );
  if (flags.tally !== undefined && perMember) {
    throw new UsageError(
      '--tally cannot be combined with --yes/--no/--abstain/--absent/--not-participating: give one form',
    );
  }
  if (flags.tally === undefined) {
    if (!perMember) throw new UsageError('give the votes: --yes/--no/--abstain/--absent CODES, or --tally Y-N-A');
    if (flags.permanentNo !== undefined)
      throw new UsageError('--permanent-no goes with --tally; with per-member votes, name them in --no');
    const votes = new Map<MemberId, VoteValue>();
    const lists: [string, string | undefined, VoteValue][] = [
      ['--yes', flags.yes, 'yes'],
      ['--no', flags.no, 'no'],
      ['--abstain', flags.abstain, 'abstain'],
      ['--absent', flags.absent, 'absent'],
      ['--not-participating', flags.notParticipating, 'not-participating'],
    ];
    for (const [flag, list, value] of lists) {
      for (const code of list === undefined ? [] : strictList(flag, list)) {
        const member = memberOn(council, code, flag);
        const earlier = votes.get(member);
        if (earlier !== undefined)
          throw new UsageError(`${flag}: ${code} already votes ${earlier}; give each member one vote`);
        votes.set(member, value);
      }
    }
    const outcome = decideVotes(
      votes,
      council.members.map((m) => m.code),
      rule,
      { nameOf },
    );
    return { council, procedural, outcome, votes };
  }
  const m = /^(\d+)-(\d+)-(\d+)$/.exec(flags.tally.trim());
  if (!m) throw new UsageError(`--tally: "${flags.tally}" is not written YES-NO-ABSTAIN, e.g. 11-1-3`);
  const counted = tallyFrom(council, { yes: Number(m[1]), no: Number(m[2]), abstain: Number(m[3]) });
  if (!counted.ok) usageFromErrors(counted.errors.map((e) => ({ ...e, message: `--tally: ${e.message}` })));
  const tally = counted.value;
  const no = tally.no;
  const permanentNo = splitList(flags.permanentNo).map((code) => memberOn(council, code, '--permanent-no'));
  for (const p of permanentNo) {
    if (!permanent.includes(p)) throw new UsageError(`--permanent-no: ${p} is not a permanent member`);
  }
  if (new Set(permanentNo).size !== permanentNo.length) throw new UsageError('--permanent-no: a member is named twice');
  if (permanentNo.length > no) {
    throw new UsageError(
      `--permanent-no: ${permanentNo.length} permanent members named, but the tally has only ${no} no votes`,
    );
  }
  return { council, procedural, outcome: decideTally(tally, permanentNo, rule, { nameOf }), votes: null };
}

function memberOn(council: Council, code: string, flag: string): MemberId {
  const member = resolveMemberCode(council, code);
  if (member) return member;
  if (!isKnownMemberCode(code)) throw new UsageError(`${flag}: unknown member code ${code}`);
  throw new UsageError(`${flag}: ${code.toUpperCase()} was not a member of the Security Council on ${council.date}`);
}

function toJson(r: OutcomeResult) {
  const votes = r.votes;
  return outcomeSummary(r.outcome, {
    date: r.council.date,
    seats: r.council.size,
    ...(votes ? { votes: r.council.members.map((m) => [m.code, votes.get(m.code) ?? 'absent'] as const) } : {}),
  });
}

function render(r: OutcomeResult): string {
  const o = r.outcome;
  const head = `Security Council on ${r.council.date}: ${r.procedural ? 'procedural vote (no veto)' : 'substantive vote (veto applies)'}, ${o.threshold} of ${r.council.size} needed`;
  const lines = [head, ''];
  if (r.votes) {
    const rows = r.council.members.map((m) => [
      m.code,
      m.name,
      m.permanent ? 'permanent' : 'elected',
      r.votes?.get(m.code) ?? 'absent',
      o.vetoes.includes(m.code) ? 'VETO' : '',
    ]);
    lines.push(formatTable(rows, ['code', 'member', 'seat', 'vote', 'note']), '');
  }
  const t = o.tally;
  lines.push(
    `Tally: ${t.yes} yes, ${t.no} no, ${t.abstain} abstain${t.notParticipating ? `, ${t.notParticipating} not participating` : ''}${t.absent ? `, ${t.absent} absent` : ''} (threshold ${o.threshold})`,
  );
  lines.push(`Result: ${o.adopted ? 'ADOPTED' : `NOT ADOPTED (${o.reason})`}`);
  lines.push(o.explanation);
  return lines.join('\n');
}
