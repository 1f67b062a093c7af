import { DEFAULT_POSITION } from '@horseshoe/engine';
import { foldSessionEvents, isVisibleTo, seat, viewFor } from '@horseshoe/engine/session';
import { busySession, play } from '@horseshoe/engine/testing';
import { describe, expect, it } from 'vitest';
import { foldVisible } from './fold-visible.ts';

// A busy session where RUS states a private position and FRA a public one: USA receives a log with gaps.
function withPositions() {
  return play(busySession(), [
    [seat('RUS'), { type: 'state-position', position: { ...DEFAULT_POSITION, vote: 'no' }, visibility: 'private' }],
    [seat('FRA'), { type: 'state-position', position: { ...DEFAULT_POSITION, vote: 'yes' }, visibility: 'public' }],
    [seat('GBR'), { type: 'inscribe-speaker' }],
  ]);
}

describe('foldVisible', () => {
  it('rebuilds what a seat may see from the events it receives, gaps included', () => {
    const { state, events } = withPositions();
    const usa = seat('USA');
    const seen = events.filter((e) => isVisibleTo(e, usa));
    expect(seen.length).toBeLessThan(events.length);
    const folded = foldVisible(undefined, seen);
    const view = viewFor(state, usa);
    expect(folded?.drafts).toEqual(view.drafts);
    expect(folded?.votes).toEqual(view.votes);
    expect(folded?.positions).toEqual(view.positions);
    expect(folded?.version).toBe(state.version);
  });

  it('gives the whole state when nothing is hidden', () => {
    const { events } = withPositions();
    expect(foldVisible(undefined, events)).toEqual(foldSessionEvents(events));
  });

  it('ignores an event it has already applied', () => {
    const { events } = withPositions();
    const once = foldVisible(undefined, events);
    expect(foldVisible(once, events.slice(-3))).toBe(once);
  });
});
