import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The CLI package's folder (`packages/cli` in the repository, `node_modules/@horseshoe/cli` when installed). */
const PACKAGE_DIR = fileURLToPath(new URL('..', import.meta.url));

/**
 * True when this CLI runs from the repository (the web app's package sits beside it), false when it runs from
 * an installed package, which carries its own copy of the built web app and the case library (`npm pack`
 * copies them in: packages/cli/scripts/pack-assets.mjs).
 */
const IN_REPOSITORY = existsSync(path.join(PACKAGE_DIR, '../web/package.json'));

/** The repository root, when the CLI runs from the repository. */
export const REPO_ROOT: string | undefined = IN_REPOSITORY ? path.resolve(PACKAGE_DIR, '../..') : undefined;

/** The built web app that `horseshoe serve` serves (`packages/web/dist`, or `web/` in the installed package). */
export const WEB_ROOT = REPO_ROOT ? path.join(REPO_ROOT, 'packages/web/dist') : path.join(PACKAGE_DIR, 'web');

/** The case library (`cases/` in the repository and in the installed package). */
export const CASES_DIR = REPO_ROOT ? path.join(REPO_ROOT, 'cases') : path.join(PACKAGE_DIR, 'cases');
