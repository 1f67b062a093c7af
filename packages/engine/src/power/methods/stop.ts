// Cooperative stopping for the long counting loops: the caller (the CLI, with its clock) passes a function
// that says whether the time limit has passed; the engine stays free of clocks.

/** Returns true once the computation should stop (for example, when a time limit has passed). */
export type StopCheck = () => boolean;

/** Thrown by {@link checkStop} and caught by the method that reports what it finished. */
export class StopSignal extends Error {
  constructor() {
    super('stopped at the time limit');
    this.name = 'StopSignal';
  }
}

/** Throws {@link StopSignal} when `stop` says so; call it between units of bounded work. */
export function checkStop(stop: StopCheck | undefined): void {
  if (stop?.()) throw new StopSignal();
}

/** Runs `f`, returning null instead when it was stopped by {@link checkStop}. */
export function unlessStopped<T>(f: () => T): T | null {
  try {
    return f();
  } catch (e) {
    if (e instanceof StopSignal) return null;
    throw e;
  }
}
