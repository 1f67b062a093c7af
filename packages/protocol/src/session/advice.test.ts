import { memberId } from '@horseshoe/engine';
import { adviceFor } from '@horseshoe/engine/session';
import { busySession } from '@horseshoe/engine/testing';
import { describe, expect, it } from 'vitest';
import { AdviceResponseSchema } from './advice.ts';

describe('AdviceResponseSchema', () => {
  it('accepts the engine advice of every seat of a busy session as it travels in JSON', () => {
    const { state } = busySession();
    expect(adviceFor(state, memberId('GBR')).length).toBeGreaterThan(0);
    for (const member of state.body.members) {
      const advice = JSON.parse(JSON.stringify({ advice: adviceFor(state, member.code) }));
      const parsed = AdviceResponseSchema.safeParse(advice);
      expect(parsed.success ? parsed.data : parsed.error.issues).toEqual(advice);
    }
  });

  it('refuses an answer whose blocker has an unknown kind', () => {
    const advice = adviceFor(busySession().state, memberId('GBR'));
    const first = advice[0];
    if (!first) throw new Error('the busy session has no draft on the table');
    const bad = {
      advice: [{ ...first, blockers: [{ member: 'RUS', kind: 'sulk', reason: '', edit: null, noEditExists: true }] }],
    };
    expect(AdviceResponseSchema.safeParse(JSON.parse(JSON.stringify(bad))).success).toBe(false);
  });
});
