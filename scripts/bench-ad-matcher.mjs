// @ts-check
// Benchmark (not a test): how long the ad matcher takes on a 10,000-character paste.
// Usage: node scripts/bench-ad-matcher.mjs   (target: under 50 ms on a phone-class machine)
// Three pastes: an ad dense with claims (every test wording, in both scripts, repeated),
// ordinary text (the guide's own words, no claims), and one mixing both.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createServer } from 'vite';

const server = await createServer({ logLevel: 'error', server: { middlewareMode: true }, appType: 'custom' });
try {
  const { checkAd, MAX_AD_LENGTH } = await server.ssrLoadModule('/src/safety/ad-matcher.ts');
  const { adWordings } = await server.ssrLoadModule('/tests/unit/ad-wordings.ts');

  /** @type {(value: unknown) => string[]} */
  const strings = (value) => (typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).flatMap(strings) : []);
  const guide = ['en', 'zh'].flatMap((lang) => readdirSync(join('locales', lang, 'modules')).flatMap((f) => strings(JSON.parse(readFileSync(join('locales', lang, 'modules', f), 'utf8')))));
  const wordings = Object.values(adWordings).flatMap((w) => [...w.zh, ...w.en]);
  /** @param {string[]} parts */
  const fill = (parts) => {
    let text = '';
    for (let i = 0; text.length < MAX_AD_LENGTH; i++) text += parts[i % parts.length] + (i % 4 === 3 ? '\n' : ' ');
    return text.slice(0, MAX_AD_LENGTH);
  };
  const pastes = {
    'dense ad (every claim, over and over)': fill(wordings),
    'ordinary text (the guide’s own words)': fill(guide),
    'mixed': fill(guide.flatMap((g, i) => (i % 5 === 0 ? [g, wordings[i % wordings.length]] : [g]))),
  };

  const runs = 50;
  // The page warms the matcher up when the text box gets focus (src/safety/ad-checker.tsx).
  const warm = performance.now();
  checkAd('warm up');
  console.log(`first check ever, a few words (loads and compiles the patterns, done when the text box gets focus): ${(performance.now() - warm).toFixed(1)} ms`);
  for (const [name, text] of Object.entries(pastes)) {
    const first = performance.now();
    const firstCpu = process.cpuUsage();
    const result = checkAd(text);
    const firstMs = performance.now() - first;
    const firstCpuUsed = process.cpuUsage(firstCpu);
    /** @type {number[]} */
    const times = [];
    // CPU time as well as wall time: on a busy shared machine, wall time mostly measures waiting.
    const cpu = process.cpuUsage();
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      checkAd(text);
      times.push(performance.now() - t);
    }
    const used = process.cpuUsage(cpu);
    const cpuMs = (used.user + used.system) / 1000 / runs;
    times.sort((a, b) => a - b);
    const at = (/** @type {number} */ i) => times[i] ?? NaN;
    const median = at(runs >> 1);
    console.log(
      `${name}: ${text.length} characters, ${result.claims.length} claims, ${result.matches.length} phrases; ` +
        `first run ${firstMs.toFixed(1)} ms (CPU ${((firstCpuUsed.user + firstCpuUsed.system) / 1000).toFixed(1)} ms); then CPU ${cpuMs.toFixed(1)} ms a check, ` +
        `wall median ${median.toFixed(1)} ms, fastest ${at(0).toFixed(1)} ms, slowest ${at(runs - 1).toFixed(1)} ms ` +
        `(${median < 50 ? 'under' : 'OVER'} the 50 ms target)`,
    );
  }
} finally {
  await server.close();
}
