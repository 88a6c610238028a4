/**
 * Finds the claims of src/safety/claims.ts in a pasted ad. Pure: no React, no DOM, no storage;
 * the text never leaves this function. Works on the first MAX_AD_LENGTH characters.
 *
 * The ad is normalised (see normaliseAd) so one pattern serves simplified and traditional
 * characters, full- and half-width digits and punctuation, any letter case and spacing; every
 * normalised character remembers where it came from, so matches are reported as ranges of the
 * ORIGINAL text, ready to be marked.
 */
import { claimPhrases, negationCues, refutationCues, traditionalToSimplified } from './claim-phrases';
import { HIDDEN } from '../share-link';
import { claims, type ClaimId } from './claims';

/** Longest text checked, in UTF-16 code units (what a textarea's length counts). */
export const MAX_AD_LENGTH = 10_000;

export interface AdMatch {
  claim: ClaimId;
  /** Range in the checked text, UTF-16 offsets, end exclusive. */
  start: number;
  end: number;
}

export interface AdCheck {
  /** The text that was checked: the first MAX_AD_LENGTH code units (never splitting a character). */
  checked: string;
  /** How long the pasted text was, and whether only its start was checked. */
  length: number;
  cut: boolean;
  /** Claims found, in the page's order, each once. */
  claims: ClaimId[];
  /** Every phrase found, by start. */
  matches: AdMatch[];
}

export interface Normalised {
  text: string;
  /** For each character of `text`: where it starts and ends in the original. */
  from: number[];
  to: number[];
}

const T2S = new Map<number, number>();
for (let i = 0; i + 1 < traditionalToSimplified.length; i += 2) T2S.set(traditionalToSimplified.charCodeAt(i), traditionalToSimplified.charCodeAt(i + 1));

const LINE_BREAK = /[\u0085\u2028\u2029]/;
// Every character the share links treat as hidden (src/share-link/text-rules.ts: controls, zero-width,
// direction, variation selectors, Hangul fillers…) is ignored, except C1 controls and the line and
// paragraph separators, which stand between words: they become a space or a line break below.
const INVISIBLE = new RegExp(`(?![\\u0080-\\u009F\\u2028\\u2029])${HIDDEN.source}`, 'u');
const SPACE = /[\s\u0080-\u009F]/;
const QUOTES: Record<string, string> = { '‘': "'", '’': "'", '‚': "'", '′': "'", '“': '"', '”': '"', '„': '"', '‐': '-', '‑': '-', '‒': '-', '–': '-', '—': '-', '−': '-' };

/** Chinese characters and CJK punctuation: no space is kept next to them. */
const isCjk = (code: number) => (code >= 0x2e80 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0xff00 && code <= 0xff65) || (code >= 0x20000 && code <= 0x3ffff);

/** A character outside ASCII and the common ideographs: "" (invisible), " ", "\n", or its NFKC, lower case, simplified. */
function normaliseRare(ch: string): string {
  if (INVISIBLE.test(ch)) return '';
  if (LINE_BREAK.test(ch)) return '\n';
  if (SPACE.test(ch)) return ' ';
  const quote = QUOTES[ch];
  if (quote) return quote;
  let out = '';
  for (const c of ch.normalize('NFKC').toLowerCase()) {
    const t = T2S.get(c.charCodeAt(0));
    out += QUOTES[c] ?? (t ? String.fromCharCode(t) : c);
  }
  return out;
}

/**
 * The text the patterns are matched against, with a map back to the original. One pass, fast
 * paths for ASCII and common ideographs (a 10,000-character paste must take milliseconds).
 * Spacing: a run of spaces is one space, or one line break if it holds one; no space next to a
 * Chinese character ("12 个月" and "12个月" read the same); none at either end.
 */
export function normaliseAd(original: string): Normalised {
  const codes: number[] = [];
  const from: number[] = [];
  const to: number[] = [];
  // A run of spaces waiting to be written: 0 none, 1 space, 2 line break; and where it was.
  let pending = 0;
  let pendingFrom = 0;
  let pendingTo = 0;
  let prevCjk = false;

  const emit = (code: number, start: number, end: number, cjk: boolean) => {
    if (pending && codes.length) {
      if (pending === 2 || (!prevCjk && !cjk)) {
        codes.push(pending === 2 ? 10 : 32);
        from.push(pendingFrom);
        to.push(pendingTo);
      }
    }
    pending = 0;
    codes.push(code);
    from.push(start);
    to.push(end);
    prevCjk = cjk;
  };
  const space = (kind: 1 | 2, start: number, end: number) => {
    if (!pending) pendingFrom = start;
    pending = Math.max(pending, kind);
    pendingTo = end;
  };

  for (let i = 0; i < original.length; ) {
    const c = original.charCodeAt(i);
    if (c < 0x80) {
      if (c === 10 || c === 13) space(2, i, i + 1);
      else if (c <= 32 || c === 127) space(1, i, i + 1);
      else emit(c >= 65 && c <= 90 ? c + 32 : c, i, i + 1, false);
      i++;
      continue;
    }
    if (c >= 0x4e00 && c <= 0x9fff) {
      emit(T2S.get(c) ?? c, i, i + 1, true);
      i++;
      continue;
    }
    const size = c >= 0xd800 && c <= 0xdbff && i + 1 < original.length && (original.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
    const out = normaliseRare(original.slice(i, i + size));
    if (out === ' ' || out === '\n') space(out === ' ' ? 1 : 2, i, i + size);
    else
      for (let k = 0; k < out.length; k++) {
        const code = out.charCodeAt(k);
        emit(code, i, i + size, isCjk(out.codePointAt(k) ?? code));
      }
    i += size;
  }
  let text = '';
  for (let k = 0; k < codes.length; k += 4096) text += String.fromCharCode(...codes.slice(k, k + 4096));
  return { text, from, to };
}

/** The first `max` UTF-16 code units of `text`, one shorter if that would split a character. */
export function firstChars(text: string, max = MAX_AD_LENGTH): string {
  if (text.length <= max) return text;
  const code = text.charCodeAt(max - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max);
}

interface Compiled {
  claim: ClaimId;
  re: RegExp;
}

let compiled: Compiled[] | undefined;
const NEGATION_ZH = new RegExp(negationCues.zh);
const NEGATION_EN = new RegExp(negationCues.en);
const REFUTATION = new RegExp(`${refutationCues.zh}|${refutationCues.en}`);
// Where a sentence or a clause ends. A "." ends a sentence only before a space or a line end, never in "92.5".
const SENTENCE_END = /[。！？!?\n]|\.(?=\s|$)/g;
const CLAUSE_END = /[，,、；;：:。！？!?\n]|\.(?=\s|$)/g;

/** One regular expression per claim (its patterns as alternatives), made once. */
function patterns(): Compiled[] {
  compiled ??= claims.map(({ id }) => ({ claim: id, re: new RegExp(claimPhrases[id].map((p) => `(?:${p})`).join('|'), 'g') }));
  return compiled;
}

/** Where each stretch (sentence or clause) ends: the index just after each boundary, ascending. */
function boundaries(text: string, boundary: RegExp): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(boundary)) out.push(m.index + m[0].length);
  return out;
}

/** The last boundary at or before `pos` (0 if none), by binary search. */
function startOf(ends: number[], pos: number): number {
  let lo = 0;
  let hi = ends.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((ends[mid] ?? 0) <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo === 0 ? 0 : (ends[lo - 1] ?? 0);
}

/** Decides, for matches in one normalised text, whether the words around them deny the claim. */
function denial(text: string) {
  const sentenceEnds = boundaries(text, SENTENCE_END);
  const clauseEnds = boundaries(text, CLAUSE_END);
  const refuted = new Map<number, boolean>();
  return (start: number): boolean => {
    // A negation just before the match, in its clause: for a Chinese match the last 4
    // characters, for an English one the last 3 words.
    const clause = text.slice(Math.max(startOf(clauseEnds, start), start - 60), start).trim();
    if (isCjk(text.charCodeAt(start)) ? NEGATION_ZH.test(clause.slice(-4)) : NEGATION_EN.test(clause.split(' ').slice(-3).join(' '))) return true;
    // A sentence that refutes a claim: decided once per sentence.
    const from = startOf(sentenceEnds, start);
    let r = refuted.get(from);
    if (r === undefined) {
      const next = sentenceEnds.find((e) => e > start) ?? text.length;
      r = REFUTATION.test(text.slice(from, next).trim());
      refuted.set(from, r);
    }
    return r;
  };
}

/** Which claims the ad makes, and where. Any string at all gives an answer; nothing is kept. */
export function checkAd(pasted: string): AdCheck {
  const input = typeof pasted === 'string' ? pasted : '';
  const checked = firstChars(input);
  const norm = normaliseAd(checked);
  const matches: AdMatch[] = [];
  const denied = denial(norm.text);
  for (const { claim, re } of patterns()) {
    re.lastIndex = 0;
    for (let m = re.exec(norm.text); m; m = re.exec(norm.text)) {
      const s = m.index;
      const e = s + m[0].length;
      if (e === s) {
        re.lastIndex++;
        continue;
      }
      if (denied(s)) continue;
      matches.push({ claim, start: norm.from[s] ?? 0, end: norm.to[e - 1] ?? checked.length });
    }
  }
  matches.sort((a, b) => a.start - b.start || a.end - b.end);
  const found = new Set(matches.map((m) => m.claim));
  return { checked, length: input.length, cut: checked.length < input.length, claims: claims.map((c) => c.id).filter((id) => found.has(id)), matches };
}

export interface Segment {
  text: string;
  /** The claims this stretch of text matched; empty for plain text. */
  claims: ClaimId[];
}

/**
 * The checked text cut into plain and marked stretches, in order, covering all of it. Where
 * matches overlap they are joined into one marked stretch that names every claim.
 */
export function markSegments(check: Pick<AdCheck, 'checked' | 'matches'>): Segment[] {
  const out: Segment[] = [];
  let pos = 0;
  const ms = [...check.matches].sort((a, b) => a.start - b.start);
  let i = 0;
  for (let m = ms[0]; m; m = ms[i]) {
    const start = m.start;
    let end = m.end;
    const ids = new Set<ClaimId>();
    // Join every match that starts before this stretch ends.
    for (let next = ms[i]; next && next.start < end; next = ms[++i]) {
      end = Math.max(end, next.end);
      ids.add(next.claim);
    }
    if (start < pos) continue;
    if (start > pos) out.push({ text: check.checked.slice(pos, start), claims: [] });
    out.push({ text: check.checked.slice(start, end), claims: claims.map((c) => c.id).filter((id) => ids.has(id)) });
    pos = end;
  }
  if (pos < check.checked.length) out.push({ text: check.checked.slice(pos), claims: [] });
  return out;
}
