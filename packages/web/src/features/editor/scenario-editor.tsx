import {
  autocompletion,
  type CompletionContext,
  type CompletionResult,
  completionKeymap,
} from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { yaml } from '@codemirror/lang-yaml';
import { bracketMatching, defaultHighlightStyle, indentOnInput, syntaxHighlighting } from '@codemirror/language';
import { type Diagnostic, lintGutter, lintKeymap, setDiagnostics } from '@codemirror/lint';
import { Annotation, Compartment, EditorState, type Text } from '@codemirror/state';
import {
  drawSelection,
  EditorView,
  highlightActiveLine,
  highlightActiveLineGutter,
  keymap,
  lineNumbers,
} from '@codemirror/view';
import schema from '@horseshoe/protocol/scenario.schema.json';
import { useEffect, useRef } from 'react';
import { cursorPlace, type SchemaNode, suggestionsAt } from './schema-complete.ts';
import './editor.css';

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

const SCHEMA = schema as SchemaNode;
/** The app's look inside the editor's shadow root (the page's style sheet does not reach it). */
const THEME = EditorView.theme({
  '&': { height: '22rem', fontSize: '0.85rem', backgroundColor: '#fff', color: '#1d2433' },
  '&.cm-focused': { outline: 'none', boxShadow: 'inset 0 0 0 2px #ffbf47' },
  '.cm-scroller': { fontFamily: 'ui-monospace, "DejaVu Sans Mono", monospace', lineHeight: '1.4' },
  '.cm-gutters': { backgroundColor: '#f0f1f4', color: '#5a6475', borderRight: '1px solid #d5d9e0' },
  '.cm-tooltip-autocomplete ul li[aria-selected]': { backgroundColor: '#1f4e9c', color: '#fff' },
  '.cm-completionDetail': { marginLeft: '0.6em', fontStyle: 'normal', color: 'inherit', opacity: '0.8' },
});
/** Marks a text the app put into the editor (not typed: not sent back to the app). */
const fromApp = Annotation.define<boolean>();

/** Completion of keys and enumerated values from the scenario JSON Schema, at the cursor's path. */
function schemaCompletion(context: CompletionContext): CompletionResult | null {
  const text = context.state.doc.toString();
  const place = cursorPlace(text, context.pos);
  if (!place) return null;
  // Offered as soon as a key starts, or on Ctrl+Space anywhere.
  if (!context.explicit && place.typed === '' && place.kind === 'key') return null;
  const options = suggestionsAt(SCHEMA, place).map((s) => ({
    label: s.label,
    apply: s.apply,
    type: s.kind === 'key' ? 'property' : 'enum',
    ...(s.detail ? { detail: s.detail } : {}),
  }));
  return options.length === 0 ? null : { from: place.from, options, validFor: /^[\w$-]*$/ };
}

/** The protocol's located errors as the editor's diagnostics, each from its column to the end of its line. */
export function diagnosticsOf(doc: Text, errors: readonly LocatedError[]): Diagnostic[] {
  return errors.map((e) => {
    const line = doc.line(Math.min(Math.max(1, e.line), doc.lines));
    const from = Math.min(line.to, line.from + Math.max(0, e.column - 1));
    return {
      from,
      to: Math.max(from, line.to),
      severity: 'error',
      message: `${e.path ? `${e.path}: ` : ''}${e.message}`,
    };
  });
}

/**
 * The scenario file in CodeMirror 6 with YAML highlighting, line numbers, completion of keys and
 * values from the committed JSON Schema (Ctrl+Space, or as a key is typed), and the file's errors as
 * diagnostics at their line (also listed below, each a button that puts the cursor there). Tab is
 * left to the page (focus moves on); Ctrl+] and Ctrl+[ indent. Loaded on demand, not in the first load.
 */
export function ScenarioEditor({ fileName, text, errors, onChange }: ScenarioEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const changed = useRef(onChange);
  changed.current = onChange;
  const label = useRef(new Compartment());

  // The editor is made once; the text, the label and the errors are passed to it below.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the first text only; later texts are dispatched
  useEffect(() => {
    if (!host.current) return;
    // In its own shadow root: CodeMirror's styles are then constructed style sheets, which the page's
    // Content-Security-Policy (style-src 'self') allows, where a <style> element would be refused.
    const shadow = host.current.shadowRoot ?? host.current.attachShadow({ mode: 'open' });
    const parent = document.createElement('div');
    shadow.replaceChildren(parent);
    const editor = new EditorView({
      root: shadow,
      parent,
      state: EditorState.create({
        doc: text,
        extensions: [
          lineNumbers(),
          highlightActiveLineGutter(),
          lintGutter(),
          history(),
          drawSelection(),
          indentOnInput(),
          bracketMatching(),
          highlightActiveLine(),
          syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
          yaml(),
          THEME,
          autocompletion({ override: [schemaCompletion], icons: false }),
          keymap.of([...completionKeymap, ...defaultKeymap, ...historyKeymap, ...lintKeymap]),
          label.current.of(contentLabel(fileName, errors.length > 0)),
          EditorView.updateListener.of((update) => {
            // The user's edits go back to the app (a text the app set is already the app's).
            if (update.docChanged && !update.transactions.some((t) => t.annotation(fromApp)))
              changed.current(update.state.doc.toString());
          }),
        ],
      }),
    });
    view.current = editor;
    return () => {
      editor.destroy();
      view.current = null;
    };
  }, []);

  // A text from outside (what-ifs written in, "undo all changes", another file opened).
  useEffect(() => {
    const editor = view.current;
    if (!editor || editor.state.doc.toString() === text) return;
    editor.dispatch({ changes: { from: 0, to: editor.state.doc.length, insert: text }, annotations: fromApp.of(true) });
  }, [text]);

  // Only when the errors or the name change (not on every what-if: reconfiguring the editor is not free).
  const errorsKey = `${fileName}\u0000${JSON.stringify(errors)}`;
  // biome-ignore lint/correctness/useExhaustiveDependencies: errorsKey stands for errors and fileName
  useEffect(() => {
    const editor = view.current;
    if (!editor) return;
    editor.dispatch(setDiagnostics(editor.state, diagnosticsOf(editor.state.doc, errors)), {
      effects: label.current.reconfigure(contentLabel(fileName, errors.length > 0)),
    });
  }, [errorsKey]);

  const goTo = (line: number, column: number) => {
    const editor = view.current;
    if (!editor) return;
    const l = editor.state.doc.line(Math.min(Math.max(1, line), editor.state.doc.lines));
    const pos = Math.min(l.to, l.from + Math.max(0, column - 1));
    editor.dispatch({ selection: { anchor: pos }, effects: EditorView.scrollIntoView(pos, { y: 'center' }) });
    editor.focus();
  };

  return (
    <div className="editor">
      <div className="editor-host" ref={host} data-testid="scenario-editor" />
      <p className="muted editor-keys">
        Ctrl+Space suggests the keys and values allowed where the cursor is; Tab leaves the editor.
      </p>
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

function contentLabel(fileName: string, invalid: boolean) {
  return EditorView.contentAttributes.of({
    'aria-label': `Scenario file ${fileName}`,
    'aria-describedby': 'editor-errors',
    'aria-invalid': invalid ? 'true' : 'false',
    'aria-multiline': 'true',
    role: 'textbox',
    // Editable text is focusable anyway; said explicitly so that checkers see its scroller as reachable.
    tabindex: '0',
  });
}
