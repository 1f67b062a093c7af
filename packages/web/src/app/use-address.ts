import type { ScenarioCommand } from '@horseshoe/engine';
import { useCallback, useEffect, useRef } from 'react';
import { type AddressView, readAddress, textHash, writeAddress } from '../state/address.ts';
import type { ScenarioSource, ScenarioState } from '../state/use-scenario.ts';

const LAST_VIEW = 'horseshoe:last-view';
const FILE_TEXT = 'horseshoe:file:';
/** This tab's newest view and the address it had then (session storage: one tab, kept over a reload). */
const TAB_VIEW = 'horseshoe:tab-view';

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

function storage(kind: 'localStorage' | 'sessionStorage' = 'localStorage'): Storage | null {
  try {
    return window[kind];
  } catch {
    return null;
  }
}

/**
 * The address to read on start: the page's own, unless this tab changed its view after its address
 * was last written (a reload in the moment before the deferred write); a link opened in the tab has
 * another address and wins.
 */
function startAddress(): string {
  try {
    const tab = JSON.parse(storage('sessionStorage')?.getItem(TAB_VIEW) ?? 'null') as {
      address?: unknown;
      view?: unknown;
    } | null;
    storage('sessionStorage')?.removeItem(TAB_VIEW);
    if (tab && tab.address === window.location.search && typeof tab.view === 'string') return tab.view;
  } catch {
    // An unreadable note of this tab: the address alone.
  }
  return window.location.search;
}

/** Runs `task` when the browser is idle (after the next paint), at the latest after `ms`. */
function whenIdle(task: () => void, ms: number): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const id = window.requestIdleCallback(task, { timeout: ms });
    return () => window.cancelIdleCallback(id);
  }
  const id = window.setTimeout(task, 1);
  return () => window.clearTimeout(id);
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
    const fromAddress = readAddress(startAddress());
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

  // After every change, the address and local storage say what is on screen. Writing them costs the
  // browser several milliseconds (more as the what-ifs grow): they are written once the page is idle
  // after the change is painted, when the page is left, or before a link is shared (docs/web.md).
  const unwritten = useRef<{ view: ShownView; cancel: () => void } | null>(null);
  const writeAddressNow = useCallback((leaving = false) => {
    const next = unwritten.current;
    if (!next) return;
    unwritten.current = null;
    next.cancel();
    const search = addressOf(next.view);
    if (!search) return;
    storage()?.setItem(LAST_VIEW, search);
    if (search === window.location.search) return;
    // A reload may read the address from before this write: this tab notes its newest view.
    if (leaving)
      storage('sessionStorage')?.setItem(TAB_VIEW, JSON.stringify({ address: window.location.search, view: search }));
    window.history.replaceState(null, '', search);
  }, []);
  useEffect(() => {
    const onLeave = () => writeAddressNow(true);
    window.addEventListener('pagehide', onLeave);
    return () => window.removeEventListener('pagehide', onLeave);
  }, [writeAddressNow]);
  useEffect(() => {
    if (!source || pending.current) return;
    unwritten.current?.cancel();
    unwritten.current = {
      view: { source, state: null, decision, member, negotiation },
      cancel: whenIdle(() => writeAddressNow(), 300),
    };
  }, [source, decision, member, negotiation, writeAddressNow]);

  return { start, writeNow: () => writeAddressNow() };
}

/** The view's query string; a file that is not an unchanged case is kept in local storage by its hash. */
function addressOf({ source, decision, member, negotiation }: ShownView): string | null {
  if (!source) return null;
  const unchangedCase = source.caseFile !== null && source.text === source.original;
  let file: AddressView['file'];
  if (unchangedCase && source.caseFile) file = { type: 'case', name: source.caseFile };
  else {
    const hash = textHash(source.text);
    storage()?.setItem(FILE_TEXT + hash, JSON.stringify({ name: source.fileName, text: source.text }));
    file = { type: 'hash', hash };
  }
  return writeAddress({ file, decision, member, commands: source.commands, negotiation });
}
