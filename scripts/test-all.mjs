// `npm test`: typecheck, lint, unit and component tests, production build,
// end-to-end tests in real Chromium. Ends with a plain "N passed, N failed" line
// (CI reads it) and exits non-zero on any failure.
// @ts-check
import { spawnSync } from 'node:child_process';
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
// then the scripts (tsconfig.scripts.json): the same command as `npm run typecheck`.
gate('typecheck', 'npm', ['run', '--silent', 'typecheck']);
gate('lint', 'npx', ['eslint', '.', '--max-warnings=0']);
// Unit tests (Node) and component tests (jsdom) share one run and its workers.
vitest('unit', 'components');
if (gate('build', 'node', ['scripts/build.mjs']) && gate('headers', 'node', ['scripts/write-headers.mjs'])) vitest('e2e');
else failed += 1;

console.log(`\n${summary.join('\n')}\nTotal time ${((performance.now() - started) / 1000).toFixed(0)} s`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
