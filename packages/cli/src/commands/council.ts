import { type Council, DEFAULT_THRESHOLD_SWITCH, memberName } from '@horseshoe/engine';
import type { Command } from 'commander';
import { councilFromFlags } from '../council-flags.ts';
import { formatTable, printResult } from '../output.ts';

interface CouncilFlags {
  readonly date?: string;
  readonly json?: boolean;
  readonly thresholdSwitch?: string;
}

const SEAT_LABELS: Readonly<Record<string, string>> = {
  P5_CHINA: 'permanent (China seat)',
  P5_FRANCE: 'permanent',
  P5_RUSSIA: 'permanent (Russia seat)',
  P5_UK: 'permanent',
  P5_US: 'permanent',
};

/** Registers `horseshoe council`: who sat on the Council on a date, the threshold and the presidency. */
export function registerCouncil(program: Command): void {
  program
    .command('council')
    .description('Members of the Security Council on a date, the votes needed to adopt, and the presidency')
    .option('--date <YYYY-MM-DD>', "the date (1946-01-17 to 2026-12-31); defaults to today's date (UTC)")
    .option(
      '--threshold-switch <YYYY-MM-DD>',
      `first day on which nine votes are needed (default ${DEFAULT_THRESHOLD_SWITCH})`,
    )
    .option('--json', 'print JSON instead of a table')
    .action((flags: CouncilFlags) => {
      const council = councilFromFlags(flags);
      printResult(flags.json === true, toJson(council), () => render(council));
    });
}

function toJson(council: Council): unknown {
  return {
    date: council.date,
    size: council.size,
    threshold: council.threshold,
    presidency: presidencyJson(council),
    members: council.members.map((m) => ({
      code: m.code,
      name: m.name,
      permanent: m.permanent,
      seat: m.seat,
      term: m.term,
    })),
  };
}

function presidencyJson(council: Council): unknown {
  if (council.presidency === null) return null;
  return {
    code: council.presidency,
    name: memberName(council.presidency, council.date),
    basis: council.presidencyBasis ?? 'verified',
  };
}

function render(council: Council): string {
  const rows = council.members.map((m) => [
    m.code,
    m.name,
    m.seat ? (SEAT_LABELS[m.seat] ?? 'permanent') : 'elected',
    m.term ? `${m.term[0]}–${m.term[1]}` : '',
  ]);
  const vacant = council.size - council.members.length;
  const lines = [
    `Security Council on ${council.date}: ${council.members.length} members` +
      (vacant > 0 ? ` (${vacant} seat vacant)` : '') +
      `, ${council.threshold} affirmative votes needed to adopt`,
    presidencyLine(council),
    '',
    formatTable(rows, ['Code', 'Member', 'Seat', 'Term']),
  ];
  return lines.join('\n');
}

function presidencyLine(council: Council): string {
  const month = new Date(`${council.date}T00:00:00Z`).toLocaleString('en-GB', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  if (council.presidency === null) {
    return `Presidency in ${month}: not known (the engine knows presidencies from January 2015)`;
  }
  const name = memberName(council.presidency, council.date) ?? council.presidency;
  const basis = council.presidencyBasis === 'computed' ? ', computed by rule (Rule 18)' : ', on record';
  return `Presidency in ${month}: ${name} (${council.presidency})${basis}`;
}
