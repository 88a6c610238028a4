import { describe, expect, it } from 'vitest';
import { claimPhrases, negationCues, refutationCues, traditionalToSimplified } from '../../src/safety/claim-phrases';
import { plainText } from '../../src/content/inline-markup';
import { modules } from '../../src/content/modules';
import { checkAd, firstChars, markSegments, MAX_AD_LENGTH, normaliseAd } from '../../src/safety/ad-matcher';
import { claims } from '../../src/safety/claims';
import { adWordings } from './ad-wordings';

const found = (text: string) => checkAd(text).claims;

describe('normalising an ad', () => {
  it('makes full-width digits and punctuation half-width, and letters lower case', () => {
    expect(normaliseAd('存活率９２．５％，ＦＤＡ').text).toBe('存活率92.5%,fda');
  });

  it('makes the traditional characters of the phrase lists simplified', () => {
    expect(normaliseAd('幹細胞無排斥，絕對安全').text).toBe('干细胞无排斥,绝对安全');
  });

  it('drops zero-width and direction characters, and spaces next to Chinese; keeps line breaks', () => {
    expect(normaliseAd('无\u200B排\u2060斥 反 应').text).toBe('无排斥反应');
    expect(normaliseAd('  no   risk \t at\r\n\n all  ').text).toBe('no risk at\nall');
    expect(normaliseAd('12 个月').text).toBe('12个月');
  });

  it('maps every character back to where it came from', () => {
    const original = 'Ｎｏ\u200B ＲＩＳＫ！';
    const n = normaliseAd(original);
    expect(n.text).toBe('no risk!');
    expect(n.from).toHaveLength(n.text.length);
    const start = n.text.indexOf('risk');
    expect(original.slice(n.from[start], n.to[start + 3])).toBe('ＲＩＳＫ');
  });
});

describe('each claim is found in real-world wordings', () => {
  it('every claim has at least two wordings in each language, and some in traditional characters or full width', () => {
    for (const { id } of claims) {
      const w = adWordings[id];
      expect(w.zh.length, id).toBeGreaterThanOrEqual(2);
      expect(w.en.length, id).toBeGreaterThanOrEqual(2);
    }
    const all = Object.values(adWordings).flatMap((w) => w.zh);
    expect(all.filter((s) => /[絕對險無風會發現須體幹細療確驗針見輸種萬藥變經腎損壞臟緩點從標徹擺脫國衛醫報費參與養館團專]/.test(s)).length).toBeGreaterThanOrEqual(15);
    expect(all.filter((s) => /[０-９]/.test(s)).length).toBeGreaterThanOrEqual(2);
  });

  const cases = claims.flatMap(({ id }) => [...adWordings[id].zh, ...adWordings[id].en].map((text) => [id, text] as const));
  it.each(cases)('%s: %s', (id, text) => {
    expect(found(text)).toContain(id);
  });
});

describe('matches', () => {
  it('gives ranges of the original text, full-width and traditional included', () => {
    const ad = '療效確切！臍帶幹細胞無排斥，存活率９２．５％。';
    const check = checkAd(ad);
    expect(check.claims).toEqual(['no-rejection', 'high-success', 'survival-92']);
    const texts = check.matches.map((m) => ad.slice(m.start, m.end));
    expect(texts).toEqual(['療效確切', '無排斥', '存活率９２．５％']);
  });

  it('still counts a claim after an ad’s own “no …” selling points', () => {
    expect(found('No needles and completely safe.')).toEqual(['no-risk']);
    expect(found('No side effects 绝对安全')).toEqual(['no-risk']);
  });

  it('does not count a claim that is denied just before it, or a sentence that refutes a claim', () => {
    expect(found('这种治疗并非绝对安全。')).toEqual([]);
    expect(found('It is not completely safe.')).toEqual([]);
    expect(found('没有可靠证据表明，干细胞能变成心肌细胞。')).toEqual([]);
    expect(found('Being registered with the FDA does not mean a treatment is approved.')).toEqual([]);
    // A denial in an earlier clause does not hide a later claim.
    expect(found('不开刀，一针见效')).toEqual(['one-shot']);
  });

  it('marks the text in order, joins overlapping phrases, and keeps every character', () => {
    const ad = 'A <b>safe and effective</b> cure-all!';
    const check = checkAd(ad);
    const segments = markSegments(check);
    expect(segments.map((s) => s.text).join('')).toBe(ad);
    expect(segments.filter((s) => s.claims.length).map((s) => [s.text, s.claims])).toEqual([
      ['safe and effective', ['high-success']],
      ['cure-all', ['many-diseases']],
    ]);
    const overlap = markSegments({ checked: 'abcdef', matches: [{ claim: 'no-risk', start: 1, end: 4 }, { claim: 'one-shot', start: 2, end: 5 }] });
    expect(overlap).toEqual([
      { text: 'a', claims: [] },
      { text: 'bcde', claims: ['no-risk', 'one-shot'] },
      { text: 'f', claims: [] },
    ]);
  });
});

describe('bad input', () => {
  it('empty, spaces only, or not a string: no claims, no error', () => {
    expect(checkAd('')).toMatchObject({ claims: [], matches: [], cut: false, length: 0 });
    expect(checkAd(' \n\t ').claims).toEqual([]);
    expect(checkAd(undefined as unknown as string).claims).toEqual([]);
  });

  it('checks only the first 10,000 characters of a longer text, and says so', () => {
    const long = `${'普通的文字。'.repeat(2000)}绝对安全`;
    const check = checkAd(long);
    expect(check.cut).toBe(true);
    expect(check.length).toBe(long.length);
    expect(check.checked).toHaveLength(MAX_AD_LENGTH);
    expect(check.claims).toEqual([]);
    expect(checkAd(`绝对安全${'x'.repeat(MAX_AD_LENGTH)}`).claims).toEqual(['no-risk']);
  });

  it('never cuts a character in half', () => {
    const text = `${'a'.repeat(MAX_AD_LENGTH - 1)}😀b`;
    expect(firstChars(text)).toHaveLength(MAX_AD_LENGTH - 1);
  });

  it('emoji, control, zero-width and bidi characters, and markup: still found, ranges still in the text', () => {
    const ad = '🔥🔥<script>alert(1)</script>\u0007绝\u200D对\u202E安全😀 no\u0000 side effects';
    const check = checkAd(ad);
    expect(check.claims).toEqual(['no-risk']);
    for (const m of check.matches) expect(m.end).toBeLessThanOrEqual(ad.length);
    expect(markSegments(check).map((s) => s.text).join('')).toBe(ad);
  });

  it('random text never throws and its segments always rebuild it', () => {
    let seed = 7;
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const pool = ['绝对安全', 'no risk', '無排斥', '９２．５％', '\u200B', '\uD800', '😀', ' ', '\n', '<b>', 'a', '。', '.', '不', 'not '];
    for (let i = 0; i < 300; i++) {
      const text = Array.from({ length: Math.floor(rand() * 40) }, () => pool[Math.floor(rand() * pool.length)]).join('');
      const check = checkAd(text);
      expect(markSegments(check).map((s) => s.text).join('')).toBe(check.checked);
    }
  });
});

describe('the phrase lists', () => {
  it('cover every claim, compile, and never match empty text', () => {
    expect(Object.keys(claimPhrases).sort()).toEqual(claims.map((c) => c.id).sort());
    for (const [id, list] of Object.entries(claimPhrases)) {
      expect(list.length, id).toBeGreaterThan(0);
      for (const p of list) expect(new RegExp(p).test(''), `${id}: ${p}`).toBe(false);
    }
    for (const cue of [...Object.values(negationCues), ...Object.values(refutationCues)]) expect(() => new RegExp(cue)).not.toThrow();
  });

  it('are written as normalised text: lower case, simplified, no lookbehind', () => {
    const keys = new Set([...traditionalToSimplified].filter((_, i) => i % 2 === 0));
    for (const p of [...Object.values(claimPhrases).flat(), ...Object.values(negationCues), ...Object.values(refutationCues)]) {
      expect(p, p).toBe(p.replace(/\\[A-Z]|[A-Z]/g, (m) => (m.length === 2 ? m : m.toLowerCase())));
      expect([...p].filter((c) => keys.has(c)), p).toEqual([]);
      expect(p).not.toMatch(/\(\?<[=!]/);
    }
  });

  it('the traditional → simplified map: pairs, each different, each key once, each simplified character used', () => {
    const chars = [...traditionalToSimplified];
    expect(chars.length % 2).toBe(0);
    const keys = chars.filter((_, i) => i % 2 === 0);
    expect(new Set(keys).size).toBe(keys.length);
    const used = [...Object.values(claimPhrases).flat(), ...Object.values(negationCues), ...Object.values(refutationCues)].join('');
    for (let i = 0; i < chars.length; i += 2) {
      expect(chars[i], `${chars[i]}${chars[i + 1]}`).not.toBe(chars[i + 1]);
      expect(used.includes(chars[i + 1]!), `${chars[i]}→${chars[i + 1]} is not used by any pattern`).toBe(true);
    }
  });
});

/* ---- False alarms on the guide's own text: the corpus ---- */

const localeFiles = import.meta.glob<unknown>('../../locales/*/**/*.json', { eager: true, import: 'default' });

interface CorpusString {
  file: string;
  path: string;
  text: string;
}

function walk(value: unknown, file: string, path: string, out: CorpusString[]) {
  if (typeof value === 'string') out.push({ file, path, text: value });
  else if (Array.isArray(value)) value.forEach((v, i) => walk(v, file, `${path}[${i}]`, out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) if (k !== 'type' && k !== 'id') walk(v, file, `${path}.${k}`, out);
}

// Quoted words are someone else's words (an ad's, a clinic's): the guide shows them as quotes.
const QUOTED = /“[^”]*”|「[^」]*」|『[^』]*』|"[^"]*"|‘[^’]*’/g;
// R2: the guide reporting what clinics or sellers say ("Some clinics say …", "有的机构说…").
const ATTRIBUTED = /\b(clinics?|sellers?|ads?)\b[^.]*\b(say|says|quote|quotes|claim|claims|promise|promises)\b|(机构|诊所|商家|广告)[^。]{0,6}(说|宣传|宣称|引用|承诺)/i;
// R3: the guide's own explanation of the 2014 study's figures that ads quote ("92.5% survival", "13 major and 11 partial").
const STUDY_FIGURES = /92\.5|\b13\b[^.。]*\b11\b/;

function corpus() {
  const all: CorpusString[] = [];
  for (const [file, json] of Object.entries(localeFiles)) walk(json, file.replace('../../', ''), '', all);
  const excluded: Record<string, CorpusString[]> = { 'R1 ad wording in claim-checker items.*.claim': [], 'R2 reports what clinics say': [], 'R3 explains the 2014 study figures ads quote': [], 'R4 quiz: wrong answer choices, and red-flag prompts (a claim to judge)': [] };
  const kept: CorpusString[] = [];
  let stripped = 0;
  for (const s of all) {
    const text = plainText(s.text);
    if (/claim-checker\.json$/.test(s.file) && /^\.items\.[\w-]+\.claim$/.test(s.path)) excluded['R1 ad wording in claim-checker items.*.claim']!.push(s);
    else if (ATTRIBUTED.test(text)) excluded['R2 reports what clinics say']!.push(s);
    else if (STUDY_FIGURES.test(text)) excluded['R3 explains the 2014 study figures ads quote']!.push(s);
    else if (isQuizClaim(s)) excluded['R4 quiz: wrong answer choices, and red-flag prompts (a claim to judge)']!.push(s);
    else {
      const unquoted = text.replace(QUOTED, ' ');
      if (unquoted !== text) stripped++;
      kept.push({ ...s, text: unquoted });
    }
  }
  return { all, kept, excluded, stripped };
}

/** A wrong choice of a quiz question (a false statement written on purpose, often an ad's claim), or a red-flag prompt (“A clinic says X. Is this a warning sign?”). */
function isQuizClaim(s: CorpusString): boolean {
  const m = s.path.match(/^\.quiz\.([\w-]+)\.(?:choices\.([\w-]+)|prompt)$/);
  const moduleId = s.file.match(/modules\/([\w-]+)\.json$/)?.[1];
  if (!m || !moduleId) return false;
  const q = modules.find((d) => d.id === moduleId)?.quiz.find((x) => x.id === m[1]);
  if (!q) return false;
  return m[2] === undefined ? q.kind === 'red-flag' : !q.correct.includes(m[2]);
}

describe('no false alarms on the guide’s own text', () => {
  const { all, kept, excluded, stripped } = corpus();

  it('reads every string of every locale file, modules included', () => {
    expect(all.filter((s) => s.file.includes('/modules/')).length).toBeGreaterThan(300);
    expect(kept.length).toBeGreaterThan(all.length * 0.9);
    // The report the issue asks for: how many strings were left out, and why.
    console.log(
      `ad matcher corpus: ${all.length} strings, ${kept.length} checked (${stripped} with quoted words removed); excluded: ${Object.entries(excluded)
        .map(([rule, list]) => `${rule}: ${list.length}`)
        .join('; ')}`,
    );
  });

  it('ordinary sentences of the guide match no claim (0 false alarms)', () => {
    const alarms = kept.flatMap((s) => {
      const check = checkAd(s.text);
      return check.matches.map((m) => `${s.file}${s.path}: [${m.claim}] “${s.text.slice(m.start, m.end)}” in: ${s.text}`);
    });
    expect(alarms).toEqual([]);
  });
});
