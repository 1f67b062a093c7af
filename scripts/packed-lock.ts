// The lockfile of a project that installs Horseshoe's packed packages (npm pack tarballs), derived from the
// repository's package-lock.json: every third-party package at exactly the version (and integrity) the
// repository installs and tests. With it, `npm ci --offline` in an empty folder needs nothing but the npm
// cache that `npm ci` in the repository filled (that cache holds tarballs, not the registry's version lists,
// so an install that had to choose versions could not run offline). Used by scripts/packed-install.test.ts.

/** One entry of a version 3 lockfile's `packages`. */
interface LockEntry {
  readonly version?: string;
  readonly resolved?: string;
  readonly integrity?: string;
  readonly link?: boolean;
  readonly dependencies?: Readonly<Record<string, string>>;
  readonly optionalDependencies?: Readonly<Record<string, string>>;
  readonly peerDependencies?: Readonly<Record<string, string>>;
  readonly [key: string]: unknown;
}

/** A version 3 package-lock.json. */
export interface Lockfile {
  readonly name?: string;
  readonly lockfileVersion: number;
  readonly requires?: boolean;
  readonly packages: Readonly<Record<string, LockEntry>>;
}

/** One packed workspace package: its name, its folder in the repository, its tarball and the tarball's integrity. */
export interface PackedPackage {
  readonly name: string;
  readonly folder: string;
  readonly tarball: string;
  readonly integrity: string;
}

/** The folders where Node looks for `name` from the package at lock path `from`, nearest first. */
function candidates(from: string, name: string): string[] {
  const out: string[] = [];
  let base = from;
  for (;;) {
    out.push(base ? `${base}/node_modules/${name}` : `node_modules/${name}`);
    if (!base) return out;
    const i = base.lastIndexOf('/node_modules/');
    base = i >= 0 ? base.slice(0, i) : '';
  }
}

/**
 * The lockfile for a project named `projectName` whose dependencies are the packed packages: their
 * production dependencies, resolved as the repository resolves them, at the same versions.
 * Throws when a dependency cannot be found in the repository's lockfile.
 */
export function packedLockfile(projectName: string, root: Lockfile, packed: readonly PackedPackage[]): Lockfile {
  const byName = new Map(packed.map((p) => [p.name, p]));
  const byFolder = new Map(packed.map((p) => [p.folder, p]));
  const out: Record<string, LockEntry> = {};
  // Lock path in the repository → lock path in the new project (workspace folders become node_modules/@scope/x).
  const place = (repoPath: string): string => {
    for (const [folder, p] of byFolder) {
      if (repoPath === folder) return `node_modules/${p.name}`;
      if (repoPath.startsWith(`${folder}/`)) return `node_modules/${p.name}${repoPath.slice(folder.length)}`;
    }
    return repoPath;
  };
  const visit = (repoPath: string): void => {
    const target = place(repoPath);
    if (out[target]) return;
    const entry = root.packages[repoPath];
    if (!entry) throw new Error(`package-lock.json has no entry ${repoPath}`);
    const packedHere = byFolder.get(repoPath);
    const { dev: _dev, devOptional: _devOptional, devDependencies: _devDependencies, ...kept } = entry;
    out[target] = packedHere
      ? {
          ...kept,
          version: entry.version ?? '0.0.0',
          resolved: `file:${packedHere.tarball}`,
          integrity: packedHere.integrity,
        }
      : kept;
    const wanted = [
      ...Object.keys(entry.dependencies ?? {}).map((name) => ({ name, required: true })),
      ...Object.keys(entry.optionalDependencies ?? {}).map((name) => ({ name, required: false })),
      ...Object.keys(entry.peerDependencies ?? {}).map((name) => ({ name, required: false })),
    ];
    for (const { name, required } of wanted) {
      const own = byName.get(name);
      if (own) {
        visit(own.folder);
        continue;
      }
      const found = candidates(repoPath, name).find((c) => root.packages[c] && !root.packages[c]?.link);
      if (found) visit(found);
      else if (required) throw new Error(`package-lock.json: ${name}, needed by ${repoPath}, is not installed`);
    }
  };
  for (const p of packed) visit(p.folder);
  const dependencies = Object.fromEntries(packed.map((p) => [p.name, `file:${p.tarball}`]));
  return {
    name: projectName,
    lockfileVersion: 3,
    requires: true,
    packages: { '': { name: projectName, dependencies }, ...out },
  };
}
