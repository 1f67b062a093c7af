import { draftScenario } from '@horseshoe/drafting';
import { describe, expect, it } from 'vitest';
import { fieldName, linesCiting, sentenceViews } from './draft-model.ts';

const REPORT =
  'Russia vetoed the draft resolution on Thursday, while China abstained.\nThe weather was fine.\nIt was unclear if Britain would try again.';

describe('the drafting panel model', () => {
  it('marks each sentence used, unhandled or other, with the fields read from it', () => {
    const r = draftScenario(REPORT, { date: '2019-04-19' });
    if (!r.ok) throw new Error(r.error.message);
    const views = sentenceViews(r.draft);
    expect(views.map((v) => v.kind)).toEqual(['used', 'other', 'unhandled']);
    expect(views[0]?.fields).toContain('decisions[0].positions.RUS.vote');
  });

  it('writes a field path the way the scenario errors do', () => {
    expect(fieldName(['decisions', 0, 'positions', 'RUS', 'rejects'])).toBe('decisions[0].positions.RUS.rejects');
  });

  it('finds the comment lines citing a sentence and the field line after them', () => {
    const yaml = ['a: 1', '# [s2] "x"', '# ASSUMPTION: y', 'b: 2', '# [s3] "z"', 'c: 3'].join('\n');
    expect([...linesCiting(yaml, 2)]).toEqual([1, 2, 3]);
  });
});
