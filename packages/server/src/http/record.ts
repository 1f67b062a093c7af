import type { RecordSearcher } from './record-search.ts';

/**
 * What the server needs from the historical record. The CLI builds it from `@horseshoe/record` and a
 * database file; the server never imports the record package itself (house style: only the CLI does),
 * so it takes these functions as an argument. Each returns plain JSON-ready data.
 */
export interface RecordSource {
  /** Where the data comes from, shown in the web app (e.g. the database file's path). */
  readonly label: string;
  /** Statistics for the charts: vetoes per member over time, resolutions per year, unanimity. */
  stats(): unknown;
  /** Every Libya decision since 2011, oldest first. */
  libyaTimeline(): unknown;
  /** Searches the record's decisions (`GET /api/record/decisions`); without it that route answers 404. */
  readonly searchDecisions?: RecordSearcher;
}
