import { type ChangeEvent, useRef } from 'react';

/** A validation error at a place in the file, as `@horseshoe/protocol` reports it. */
export interface LocatedError {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly path: string;
  readonly message: string;
}

interface ScenarioEditorProps {
  readonly fileName: string;
  readonly text: string;
  readonly errors: readonly LocatedError[];
  readonly onChange: (text: string) => void;
}

/**
 * The scenario file as text, with line numbers; each line that has an error is marked in the gutter
 * and every error is listed below with its line and column (a click puts the cursor there).
 */
export function ScenarioEditor({ fileName, text, errors, onChange }: ScenarioEditorProps) {
  const area = useRef<HTMLTextAreaElement>(null);
  const gutter = useRef<HTMLDivElement>(null);
  const lines = text.split('\n');
  const errorLines = new Set(errors.map((e) => e.line));
  const goTo = (line: number, column: number) => {
    const el = area.current;
    if (!el) return;
    const offset = lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0) + Math.max(0, column - 1);
    el.focus();
    el.setSelectionRange(offset, offset);
    el.scrollTop = Math.max(0, (line - 3) * lineHeight(el));
  };
  return (
    <div className="editor">
      <div className="editor-body">
        <div className="editor-gutter" ref={gutter} aria-hidden="true">
          {lines.map((_, i) => {
            const n = i + 1;
            const bad = errorLines.has(n);
            return (
              <div
                key={n}
                className={bad ? 'gutter-line error' : 'gutter-line'}
                data-line={n}
                data-error={bad || undefined}
              >
                {bad ? '⚠ ' : ''}
                {n}
              </div>
            );
          })}
        </div>
        <textarea
          ref={area}
          className="editor-text"
          aria-label={`Scenario file ${fileName}`}
          aria-invalid={errors.length > 0}
          aria-describedby="editor-errors"
          spellCheck={false}
          value={text}
          wrap="off"
          onChange={(e: ChangeEvent<HTMLTextAreaElement>) => onChange(e.target.value)}
          onScroll={(e) => {
            if (gutter.current) gutter.current.scrollTop = e.currentTarget.scrollTop;
          }}
        />
      </div>
      <div id="editor-errors" aria-live="polite">
        {errors.length === 0 ? (
          <p className="editor-ok">✓ The file is valid.</p>
        ) : (
          <ul className="editor-errors" data-testid="editor-errors">
            {errors.map((e) => (
              <li key={`${e.line}:${e.column}:${e.path}:${e.message}`}>
                <button type="button" className="link" onClick={() => goTo(e.line, e.column)}>
                  ⚠ {e.file}, line {e.line}, column {e.column}
                </button>
                {e.path ? <code>{e.path}</code> : null}: {e.message}
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}

function lineHeight(el: HTMLElement): number {
  const value = Number.parseFloat(getComputedStyle(el).lineHeight);
  return Number.isFinite(value) ? value : 18;
}
