import { useCallback, useEffect, useState } from 'react';

/** Time between steps while playing; longer when the user asks for reduced motion. */
export const PLAY_INTERVAL_MS = 1600;
export const REDUCED_MOTION_INTERVAL_MS = 3200;

function prefersReducedMotion(): boolean {
  return typeof window !== 'undefined' && window.matchMedia?.('(prefers-reduced-motion: reduce)').matches === true;
}

/**
 * Play and pause over `count` steps: while playing, `onStep(step + 1)` every interval, stopping at the
 * last step. Playing from the last step starts again from the first.
 */
export function usePlayer(step: number, count: number, onStep: (step: number) => void) {
  const [playing, setPlaying] = useState(false);
  const last = count - 1;
  useEffect(() => {
    if (!playing) return;
    if (step >= last) {
      setPlaying(false);
      return;
    }
    const interval = prefersReducedMotion() ? REDUCED_MOTION_INTERVAL_MS : PLAY_INTERVAL_MS;
    const timer = window.setTimeout(() => onStep(step + 1), interval);
    return () => window.clearTimeout(timer);
  }, [playing, step, last, onStep]);
  const toggle = useCallback(() => {
    if (playing) setPlaying(false);
    else {
      if (step >= last) onStep(0);
      setPlaying(true);
    }
  }, [playing, step, last, onStep]);
  const pause = useCallback(() => setPlaying(false), []);
  return { playing, toggle, pause };
}
