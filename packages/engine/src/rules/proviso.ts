import { fail, ok, type Result } from '../errors.ts';
import type { MemberId } from '../ids.ts';
import type { Votes, VoteValue } from './vote.ts';

/** The Charter basis a substantive decision is taken under (only VI and 52(3) carry the proviso). */
export type CharterBasis = 'VI' | '52(3)' | 'VII' | 'VIII' | 'other';

/** How to treat a party to a dispute that casts a yes or no where it must abstain. */
export type ProvisoPolicy = 'error' | 'force';

/** The Art. 27(3) proviso applies only to Chapter VI and Art. 52(3) decisions (council-rules.md 2.7). */
export function provisoApplies(basis: CharterBasis): boolean {
  return basis === 'VI' || basis === '52(3)';
}

/** A warning raised when a party's vote was replaced by an obligatory abstention. */
export interface ProvisoWarning {
  readonly member: MemberId;
  readonly cast: VoteValue;
  readonly message: string;
}

/**
 * Applies the Art. 27(3) proviso: under Chapter VI or Art. 52(3), each party to the dispute abstains
 * obligatorily, permanent members included (so their veto is removed); the threshold is unchanged.
 * With `policy: 'error'` a party casting yes or no is an error; with `'force'` its vote is replaced
 * and a warning returned.
 * @example applyProviso(votes, { basis: 'VI', parties: [gbr] })
 */
export function applyProviso(
  votes: Votes,
  options: { readonly basis: CharterBasis; readonly parties: readonly MemberId[]; readonly policy?: ProvisoPolicy },
): Result<{ readonly votes: Votes; readonly warnings: readonly ProvisoWarning[] }> {
  if (!provisoApplies(options.basis)) return ok({ votes, warnings: [] });
  const policy = options.policy ?? 'force';
  const next = new Map(votes);
  const warnings: ProvisoWarning[] = [];
  const errors = [];
  for (const party of options.parties) {
    const cast = votes.get(party);
    if (cast === 'yes' || cast === 'no') {
      const message = `${party} is a party to the dispute and must abstain under Art. 27(3) on a Chapter ${options.basis === 'VI' ? 'VI' : 'VIII (Art. 52(3))'} decision; its ${cast} vote cannot count`;
      if (policy === 'error') {
        errors.push({ code: 'vote/obligatory-abstention' as const, message, details: { member: party, cast } });
        continue;
      }
      warnings.push({ member: party, cast, message });
    }
    if (cast !== 'absent') next.set(party, 'obligatory-abstention');
  }
  if (errors.length > 0) return fail(...errors);
  return ok({ votes: next, warnings });
}
