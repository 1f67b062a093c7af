// The advice worker when the server runs from its TypeScript sources (tests, development): Node cannot
// load advice-worker.ts itself, so this registers tsx first. The compiled package uses advice-worker.js.
import { register } from 'tsx/esm/api';

register();
const { default: advise } = await import('./advice-worker.ts');

export default advise;
