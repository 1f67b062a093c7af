import type { RecordDecision, RecordSearchQuery, RecordStatsBody } from '@horseshoe/protocol';

/**
 * What the server needs from the historical record. The CLI builds it from `@horseshoe/record` and a
 * database file; the server never imports the record package itself (house style: only the CLI does),
 * so it takes these functions as an argument. Each answers the body protocol's schema describes.
 */
export interface RecordSource {
  /** Where the data comes from, shown in the web app (e.g. the database file's path). */
  readonly label: string;
  /** Statistics for the charts: vetoes per member over time, resolutions per year, unanimity. */
  stats(): RecordStatsBody;
  /** Every Libya decision since 2011, oldest first. */
  libyaTimeline(): readonly RecordDecision[];
  /** The decisions a search finds, oldest first (filters already checked against protocol's schema). */
  search(query: RecordSearchQuery): readonly RecordDecision[];
}
