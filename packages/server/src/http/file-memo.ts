import { statSync } from 'node:fs';

/** The modification time and size of each file (`-` for one that is missing): changes when any file does. */
export function filesVersion(files: readonly string[]): string {
  return files
    .map((file) => {
      try {
        const stat = statSync(file);
        return `${stat.mtimeMs}:${stat.size}`;
      } catch {
        return '-';
      }
    })
    .join('|');
}

/**
 * Remembers `compute()` until one of `files` changes (modification time or size), e.g. the record's
 * statistics until the database or its write-ahead log is written. A failed computation is not remembered.
 * @example const stats = memoByFiles([db, `${db}-wal`], () => recordStats(handle)); stats();
 */
export function memoByFiles<T>(files: readonly string[], compute: () => T): () => T {
  let cached: { readonly version: string; readonly value: T } | undefined;
  return () => {
    const version = filesVersion(files);
    if (cached?.version !== version) cached = { version, value: compute() };
    return cached.value;
  };
}
