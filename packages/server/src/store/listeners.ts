import type { AppendListener } from './types.ts';

/** A set of append listeners; a listener that throws does not stop the others. */
export class Listeners {
  readonly #listeners = new Set<AppendListener>();

  /** Adds `listener`; returns the function that removes it. */
  add(listener: AppendListener): () => void {
    this.#listeners.add(listener);
    return () => {
      this.#listeners.delete(listener);
    };
  }

  /** Tells every listener that `sessionId` reached `version`. */
  emit(sessionId: string, version: number): void {
    for (const listener of this.#listeners) {
      try {
        listener(sessionId, version);
      } catch {
        // A listener's failure is its own; the append already happened.
      }
    }
  }
}
