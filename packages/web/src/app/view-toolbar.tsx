import { useEffect, useState } from 'react';

interface ViewToolbarProps {
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  readonly onUndo: () => void;
  readonly onRedo: () => void;
  /** How many what-ifs are applied (shown beside the buttons). */
  readonly whatIfs: number;
  /** Writes the view into the address now (the app otherwise writes it once the page is idle). */
  readonly writeAddress?: () => void;
}

/**
 * Undo and redo, one what-if at a time (also Ctrl+Z and Ctrl+Shift+Z or Ctrl+Y outside text fields),
 * and "Share this view": the page's address reproduces the screen (file, decision, member, what-ifs).
 */
export function ViewToolbar({ canUndo, canRedo, onUndo, onRedo, whatIfs, writeAddress }: ViewToolbarProps) {
  const [link, setLink] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || isTextEntry(e.target)) return;
      const key = e.key.toLowerCase();
      if (key === 'z' && !e.shiftKey && canUndo) {
        e.preventDefault();
        onUndo();
      } else if (((key === 'z' && e.shiftKey) || key === 'y') && canRedo) {
        e.preventDefault();
        onRedo();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [canUndo, canRedo, onUndo, onRedo]);
  return (
    <div className="view-toolbar" data-testid="view-toolbar">
      <button type="button" onClick={onUndo} disabled={!canUndo} aria-keyshortcuts="Control+Z">
        <span aria-hidden="true">↶ </span>Undo
      </button>
      <button type="button" onClick={onRedo} disabled={!canRedo} aria-keyshortcuts="Control+Shift+Z">
        <span aria-hidden="true">↷ </span>Redo
      </button>
      <span className="muted" data-testid="what-if-count">
        {whatIfs === 0 ? 'No what-if applied' : `${whatIfs} what-if${whatIfs === 1 ? '' : 's'} applied`}
      </span>
      <button
        type="button"
        onClick={() => {
          writeAddress?.();
          const url = window.location.href;
          setLink(url);
          setCopied(false);
          navigator.clipboard?.writeText(url).then(
            () => setCopied(true),
            () => setCopied(false),
          );
        }}
      >
        Share this view
      </button>
      {link ? (
        <label className="share-link">
          {copied ? 'Link copied. It opens this screen as it is now:' : 'Link to this screen as it is now:'}
          <input type="text" readOnly value={link} data-testid="share-link" onFocus={(e) => e.target.select()} />
        </label>
      ) : null}
    </div>
  );
}

function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target instanceof HTMLTextAreaElement || target.isContentEditable) return true;
  return target instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit'].includes(target.type);
}
