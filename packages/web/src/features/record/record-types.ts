// The JSON the server's record endpoints answer (`GET /api/record/stats`, `GET /api/record/libya`),
// as the web app reads it. The web app does not import @horseshoe/record: the HTTP API is the boundary.

/** Vetoes per member in one decade: `{ decade: 1940, SUN: 41, USA: 0, ... }`. */
export type DecadeVetoes = { readonly decade: number } & Readonly<Record<string, number>>;

/** `GET /api/record/stats`. */
export interface RecordStatsJson {
  readonly vetoesByMember: Readonly<Record<string, number>>;
  readonly vetoesByMemberByDecade: readonly DecadeVetoes[];
  readonly resolutionsPerYear: readonly { readonly year: number; readonly resolutions: number }[];
  readonly unanimityPerYear: readonly {
    readonly year: number;
    readonly resolutions: number;
    readonly unanimous: number;
    readonly share: number;
  }[];
}

/** One decision of the record (`GET /api/record/libya` answers a list of them). */
export interface RecordDecisionJson {
  readonly id: string;
  readonly kind: 'resolution' | 'draft' | 'prst';
  readonly symbol: string;
  readonly date: string;
  readonly outcome: 'adopted' | 'vetoed' | 'not adopted' | 'presidential statement';
  readonly vote: string | null;
  readonly vetoedBy: string | null;
  readonly topic: string;
}
