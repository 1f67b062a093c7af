import { isCollection, isScalar, parseDocument } from 'yaml';

/** A key path into a scenario file: object keys and list indices. */
export type KeyPath = readonly (string | number)[];

/** The edits a what-if can make to a scenario file. */
export interface TextEditor {
  /** The value at a path as plain data, or `undefined`. */
  get(path: KeyPath): unknown;
  /** Sets a value, creating the maps on the way. */
  set(path: KeyPath, value: unknown): void;
  /** Removes a key or list item; nothing happens when it is not there. */
  remove(path: KeyPath): void;
}

/** The text formats a scenario file can have. */
export type FileFormat = 'yaml' | 'json';

/** `json` for `.json` file names, else `yaml`. */
export function formatOf(fileName: string): FileFormat {
  return fileName.toLowerCase().endsWith('.json') ? 'json' : 'yaml';
}

/**
 * Applies edits to the text of a scenario file and returns the new text. YAML files keep their
 * comments and layout outside the edited nodes (the sources of a case are comments); JSON files are
 * re-printed with two-space indentation. The text must parse; what-ifs are only offered on a valid file.
 * @example editText('title: T\n', 'yaml', (e) => e.set(['date'], '2019-04-18')) // 'title: T\ndate: 2019-04-18\n'
 */
export function editText(text: string, format: FileFormat, edit: (editor: TextEditor) => void): string {
  return format === 'json' ? editJson(text, edit) : editYaml(text, edit);
}

function editYaml(text: string, edit: (editor: TextEditor) => void): string {
  const doc = parseDocument(text);
  if (doc.errors.length > 0) throw new Error(`cannot edit a YAML file that does not parse: ${doc.errors[0]?.message}`);
  edit({
    get: (path) => {
      const node = doc.getIn(path, true);
      if (isScalar(node)) return node.value;
      return isCollection(node) ? node.toJSON() : node;
    },
    set: (path, value) => {
      const node = doc.createNode(value);
      // Short lists of names read best on one line: `tabled: [ceasefire, name-lna]`.
      if (isCollection(node) && Array.isArray(value) && value.every((v) => typeof v !== 'object')) node.flow = true;
      doc.setIn(path, node);
    },
    remove: (path) => {
      if (doc.hasIn(path)) doc.deleteIn(path);
    },
  });
  return doc.toString();
}

function editJson(text: string, edit: (editor: TextEditor) => void): string {
  const root: unknown = JSON.parse(text);
  edit({
    get: (path) => walk(root, path),
    set: (path, value) => {
      const parent = walk(root, path.slice(0, -1), true);
      const key = path[path.length - 1];
      if (key !== undefined && isContainer(parent)) (parent as Record<string | number, unknown>)[key] = value;
    },
    remove: (path) => {
      const parent = walk(root, path.slice(0, -1));
      const key = path[path.length - 1];
      if (Array.isArray(parent) && typeof key === 'number') parent.splice(key, 1);
      else if (key !== undefined && isContainer(parent)) delete (parent as Record<string | number, unknown>)[key];
    },
  });
  return `${JSON.stringify(root, null, 2)}\n`;
}

function walk(root: unknown, path: KeyPath, create = false): unknown {
  let node = root;
  for (const key of path) {
    if (!isContainer(node)) return undefined;
    const holder = node as Record<string | number, unknown>;
    if (holder[key] === undefined && create) holder[key] = {};
    node = holder[key];
  }
  return node;
}

function isContainer(value: unknown): value is object {
  return typeof value === 'object' && value !== null;
}
