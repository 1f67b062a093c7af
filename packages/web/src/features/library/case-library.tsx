import type { CaseSummary } from '@horseshoe/protocol';
import { useState } from 'react';

interface CaseLibraryProps {
  readonly cases: readonly CaseSummary[];
  readonly current: string;
  readonly onOpenCase: (file: string) => void;
  readonly onOpenText: (fileName: string, text: string) => void;
  readonly onSave: () => void;
  readonly onRevert: (() => void) | null;
}

/** The case library, and opening, pasting and saving scenario files. */
export function CaseLibrary({ cases, current, onOpenCase, onOpenText, onSave, onRevert }: CaseLibraryProps) {
  const [pasted, setPasted] = useState('');
  return (
    <nav className="panel library" aria-labelledby="library-title">
      <h2 id="library-title">Case library</h2>
      <ul className="case-list">
        {cases.map((c) => (
          <li key={c.file}>
            <button
              type="button"
              className={c.file === current ? 'case current' : 'case'}
              aria-current={c.file === current ? 'true' : undefined}
              onClick={() => onOpenCase(c.file)}
            >
              <span className="case-title">{c.title ?? '(no title)'}</span>
              <span className="case-file">{c.file}</span>
            </button>
          </li>
        ))}
      </ul>
      <div className="file-actions">
        <label className="button">
          Open a file…
          <input
            type="file"
            accept=".yaml,.yml,.json,application/json,text/yaml"
            className="visually-hidden"
            data-testid="open-file"
            onChange={async (e) => {
              const file = e.target.files?.[0];
              if (file) onOpenText(file.name, await file.text());
              e.target.value = '';
            }}
          />
        </label>
        <button type="button" onClick={onSave}>
          Save file
        </button>
        {onRevert ? (
          <button type="button" onClick={onRevert}>
            Undo all changes
          </button>
        ) : null}
      </div>
      <details className="paste">
        <summary>Paste a scenario</summary>
        <label>
          YAML or JSON
          <textarea rows={6} value={pasted} onChange={(e) => setPasted(e.target.value)} spellCheck={false} />
        </label>
        <button
          type="button"
          disabled={pasted.trim() === ''}
          onClick={() => {
            onOpenText(pasted.trimStart().startsWith('{') ? 'pasted.json' : 'pasted.yaml', pasted);
            setPasted('');
          }}
        >
          Open pasted text
        </button>
      </details>
    </nav>
  );
}

/** Offers `text` for download as `fileName`. */
export function downloadText(fileName: string, text: string): void {
  const type = fileName.endsWith('.json') ? 'application/json' : 'text/yaml';
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
