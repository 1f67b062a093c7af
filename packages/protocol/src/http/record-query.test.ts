import { describe, expect, it } from 'vitest';
import { parseRecordQuery, RecordSearchSchema } from './record-query.ts';

describe('the record search query', () => {
  it('reads text, member, decade, kind and outcome from query-string values', () => {
    const r = parseRecordQuery({ text: ' Syria ', vetoedBy: 'RUS', decade: '2010', kind: 'draft', outcome: 'vetoed' });
    expect(r).toEqual({
      ok: true,
      query: { text: 'Syria', vetoedBy: 'RUS', decade: 2010, kind: 'draft', outcome: 'vetoed', limit: 100 },
    });
  });

  it('treats an empty form field as any', () => {
    expect(parseRecordQuery({ text: '', decade: '', limit: '20' })).toEqual({ ok: true, query: { limit: 20 } });
  });

  it('names the field of a year that is not a decade', () => {
    expect(parseRecordQuery({ decade: '1995' })).toEqual({
      ok: false,
      message: 'decade: expected the first year of a decade, such as 1990',
    });
  });

  it('names an unknown field and a bad member code', () => {
    const unknown = parseRecordQuery({ year: '1990' });
    expect(unknown.ok === false && unknown.message).toMatch(/year/);
    expect(parseRecordQuery({ vetoedBy: 'Russia' })).toEqual({
      ok: false,
      message: 'vetoedBy: expected a three-letter member code such as RUS',
    });
  });

  it('refuses a limit over 500', () => {
    const r = parseRecordQuery({ limit: '5000' });
    expect(r.ok === false && r.message).toMatch(/^limit:/);
  });

  it('checks an answer’s rows', () => {
    expect(RecordSearchSchema.safeParse({ total: 1, rows: [{ id: 'x' }] }).success).toBe(false);
  });
});
