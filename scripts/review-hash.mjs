// @ts-check
// `npm run review-hash`: the current hash of every piece of content a clinician can sign off,
// and its state against the record in src/content/reviews.ts. docs/clinical-sign-off.md says how to use it.
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
// The content is TypeScript; Vite's module runner loads it as the build does (no config: no app plugins needed).
/** @param {string} file */
const load = (file) => runnerImport(fileURLToPath(new URL(file, import.meta.url)), { configFile: false, logLevel: 'error' }).then((r) => r.module);
const [{ currentContentHashes }, { clinicalSignOffs }, { signOffProblems, reviewStates }] = await Promise.all([
  load('../src/build/content-hashes.ts'),
  load('../src/content/reviews.ts'),
  load('../src/content/review-check.ts'),
]);

const hashes = await currentContentHashes(root);
const problems = signOffProblems(clinicalSignOffs);
/** @typedef {{ state: 'current' | 'changed' | 'unsigned'; reviewer?: string; date?: string }} ReviewState */
/** @type {Record<string, ReviewState | undefined>} */
const states = problems.length ? {} : reviewStates(clinicalSignOffs, hashes);
const label = { current: 'signed off, current', changed: 'CHANGED since sign-off', unsigned: 'not signed off' };

if (process.argv.includes('--json')) {
  console.log(JSON.stringify(hashes, null, 2));
} else {
  const width = Math.max(...Object.keys(hashes).map((k) => k.length));
  for (const [key, hash] of Object.entries(/** @type {Record<string, string>} */ (hashes))) {
    const state = states[key];
    const who = state && state.state !== 'unsigned' ? ` (${state.reviewer}, ${state.date})` : '';
    console.log(`${key.padEnd(width)}  ${hash}  ${state ? label[state.state] : ''}${who}`);
  }
}
if (problems.length) {
  console.error(`\nThe record in src/content/reviews.ts has problems:\n- ${problems.join('\n- ')}`);
  process.exitCode = 1;
}
