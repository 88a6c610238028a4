// `npm test`: typecheck, lint, unit and component tests, production build,
// end-to-end tests in real Chromium. Ends with a plain "N passed, N failed" line
// (CI reads it) and exits non-zero on any failure.
// @ts-check
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const started = performance.now();
let passed = 0;
let failed = 0;
/** @type {string[]} */
const summary = [];

/**
 * @param {string} label
 * @param {string} cmd
 * @param {string[]} args
 */
function run(label, cmd, args) {
  const t = performance.now();
  console.log(`\n▶ ${label}: ${cmd} ${args.join(' ')}`);
  const { status } = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, FORCE_COLOR: process.env.CI ? '0' : '1' } });
  const seconds = ((performance.now() - t) / 1000).toFixed(1);
  summary.push(`${status === 0 ? 'ok  ' : 'FAIL'} ${label} (${seconds} s)`);
  return status === 0;
}

/**
 * A gate without its own tests (typecheck, lint, build) counts as one check.
 * @param {string} label
 * @param {string} cmd
 * @param {string[]} args
 */
function gate(label, cmd, args) {
  const ok = run(label, cmd, args);
  if (ok) passed += 1;
  else failed += 1;
  return ok;
}

/**
 * Gates that need one core each (tsc, ESLint, the build) run side by side on a 2-core machine;
 * each one's output is printed whole when it ends, in the order given.
 * @param {[label: string, cmd: string, args: string[]][]} gates
 * @returns {Promise<boolean[]>}
 */
async function gatesTogether(gates) {
  const runs = gates.map(([label, cmd, args]) => {
    const t = performance.now();
    const child = spawn(cmd, args, { env: { ...process.env, FORCE_COLOR: '0' } });
    /** @type {Buffer[]} */
    const output = [];
    child.stdout.on('data', (chunk) => output.push(chunk));
    child.stderr.on('data', (chunk) => output.push(chunk));
    return new Promise((resolve) => {
      child.on('close', (code) => resolve({ label, cmd, args, ok: code === 0, output: Buffer.concat(output).toString(), seconds: ((performance.now() - t) / 1000).toFixed(1) }));
      child.on('error', (error) => resolve({ label, cmd, args, ok: false, output: String(error), seconds: '0' }));
    });
  });
  /** @type {{ label: string; cmd: string; args: string[]; ok: boolean; output: string; seconds: string }[]} */
  const done = await Promise.all(runs);
  return done.map(({ label, cmd, args, ok, output, seconds }) => {
    console.log(`\n▶ ${label}: ${cmd} ${args.join(' ')}\n${output}`);
    summary.push(`${ok ? 'ok  ' : 'FAIL'} ${label} (${seconds} s, alongside the others)`);
    if (ok) passed += 1;
    else failed += 1;
    return ok;
  });
}

/**
 * One Vitest run of the given projects; its JSON report counts the tests of all of them.
 * @param {...string} projects
 */
function vitest(...projects) {
  const name = projects.join('+');
  const report = `test-results/${name}.json`;
  rmSync(report, { force: true });
  const ok = run(`${projects.join(' and ')} tests`, 'npx', ['vitest', 'run', ...projects.flatMap((p) => ['--project', p]), '--reporter=default', '--reporter=json', `--outputFile.json=${report}`]);
  if (!existsSync(report)) {
    failed += 1;
    return;
  }
  /** @type {{ numPassedTests: number; numFailedTests: number }} */
  const r = JSON.parse(readFileSync(report, 'utf8'));
  passed += r.numPassedTests;
  failed += r.numFailedTests;
  // A run that failed outside any test (setup error, no Chromium) still fails.
  if (!ok && r.numFailedTests === 0) failed += 1;
}

mkdirSync('test-results', { recursive: true });
// The app and tests (tsconfig.json), scoring and link codecs again without DOM types (tsconfig.pure.json),
// then the scripts (tsconfig.scripts.json): the same command as `npm run typecheck`. Beside it, lint and
// the production build (each mostly one core).
const [, , built] = await gatesTogether([
  ['typecheck', 'npm', ['run', '--silent', 'typecheck']],
  ['lint', 'npx', ['eslint', '.', '--max-warnings=0']],
  ['build', 'node', ['scripts/build.mjs']],
]);
// Unit tests (Node) and component tests (jsdom) share one run and its workers.
vitest('unit', 'components');
if (built && gate('headers', 'node', ['scripts/write-headers.mjs'])) vitest('e2e');
else failed += 1;

console.log(`\n${summary.join('\n')}\nTotal time ${((performance.now() - started) / 1000).toFixed(0)} s`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
