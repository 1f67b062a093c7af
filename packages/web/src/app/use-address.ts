import type { ScenarioCommand } from '@horseshoe/engine';
import { useCallback, useEffect, useRef } from 'react';
import { type AddressView, readAddress, textHash, writeAddress } from '../state/address.ts';
import type { ScenarioSource, ScenarioState } from '../state/use-scenario.ts';

const LAST_VIEW = 'horseshoe:last-view';
const FILE_TEXT = 'horseshoe:file:';

/** What the app shows, as the address needs it. */
interface ShownView {
  readonly source: ScenarioSource | null;
  readonly state: ScenarioState | null;
  readonly decision: string | null;
  readonly member: string | null;
  /** The negotiation player's settings and step; null when it is closed. */
  readonly negotiation: string | null;
}

/** How the address puts the view back on the screen. */
interface Restore {
  readonly openText: (fileName: string, text: string) => void;
  readonly setCommands: (commands: readonly ScenarioCommand[]) => void;
  readonly selectDecision: (id: string) => void;
  readonly selectMember: (code: string | null) => void;
  readonly openNegotiation: (settings: string) => void;
  readonly notice: (message: string) => void;
}

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/**
 * Keeps the view in the page's address and in local storage, and brings it back: on start, from the
 * address (a shared link), else from the last view in this browser; after each change, by replacing
 * the address (no history entry per what-if: undo and redo are the app's own).
 */
export function useAddress(shown: ShownView, restore: Restore) {
  const pending = useRef<AddressView | null>(null);
  const restoreRef = useRef(restore);
  restoreRef.current = restore;

  /** Opens the file the address names (or the last view's, or the server's default case). */
  const start = useCallback(async (defaultCase: string, openCase: (file: string) => Promise<void>) => {
    const r = restoreRef.current;
    const fromAddress = readAddress(window.location.search);
    const view = fromAddress.file ? fromAddress : readAddress(storage()?.getItem(LAST_VIEW) ?? '');
    pending.current = view;
    if (view.file?.type === 'hash') {
      const saved = storage()?.getItem(FILE_TEXT + view.file.hash);
      if (saved) {
        const { name, text } = JSON.parse(saved) as { name: string; text: string };
        r.openText(name, text);
        return;
      }
      pending.current = null;
      r.notice(
        'This link names a scenario file that was opened in another browser; open that file here (Open a file…) to see it.',
      );
      await openCase(defaultCase);
      return;
    }
    await openCase(view.file?.name ?? defaultCase);
  }, []);

  const { source, state, decision, member, negotiation } = shown;
  // Once the file is open and evaluated, replay the address's what-ifs and select its decision and member.
  useEffect(() => {
    const view = pending.current;
    if (!view || !source || !state?.current || source.revision !== 0) return;
    pending.current = null;
    const r = restoreRef.current;
    if (view.commands.length > 0) r.setCommands(view.commands);
    if (view.decision && state.evaluations.some((e) => e.decision.id === view.decision))
      r.selectDecision(view.decision);
    if (view.member) r.selectMember(view.member);
    if (typeof view.negotiation === 'string') r.openNegotiation(view.negotiation);
  }, [source, state]);

  // After every change, the address and local storage say what is on screen.
  useEffect(() => {
    if (!source || pending.current) return;
    const unchangedCase = source.caseFile !== null && source.text === source.original;
    let file: AddressView['file'];
    if (unchangedCase && source.caseFile) file = { type: 'case', name: source.caseFile };
    else {
      const hash = textHash(source.text);
      storage()?.setItem(FILE_TEXT + hash, JSON.stringify({ name: source.fileName, text: source.text }));
      file = { type: 'hash', hash };
    }
    const search = writeAddress({ file, decision, member, commands: source.commands, negotiation });
    storage()?.setItem(LAST_VIEW, search);
    if (search !== window.location.search) window.history.replaceState(null, '', search);
  }, [source, decision, member, negotiation]);

  return { start };
}
