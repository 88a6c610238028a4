// @vitest-environment node
/**
 * Fuzzing the link pages' decoders (question list, handout, claim list): 10,000 hostile query strings each must decode without
 * throwing, to well-formed values holding no hidden character (checked against the Unicode
 * properties here, not against the code's own list), and the values they give must survive
 * their own link. The node environment also proves the codec needs no DOM.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { moduleIds } from '../../src/content/module-ids';
import { decodeHandout, encodeHandout, type Handout } from '../../src/handout/handout-link';
import { cleanText, textProblem } from '../../src/handout/handout-text';
import { decodeClaimLink, encodeClaimLink } from '../../src/safety/claim-link';
import { claims } from '../../src/safety/claims';
import { keyQuestionIds } from '../../src/safety/key-questions';
import { decodeQuestionLink, encodeQuestionLink, MAX_OWN, MAX_OWN_LENGTH } from '../../src/safety/question-link';

const RUNS = 10_000;
const available: string[] = [...moduleIds];

/** What no text from a link may show: default-ignorable, control, format, private-use, unassigned, surrogate, separator code points, and named look-alikes of nothing. */
const INVISIBLE = /[\p{Default_Ignorable_Code_Point}\p{Cc}\p{Cf}\p{Co}\p{Cn}\p{Cs}\p{Zl}\p{Zp}\u034F\u115F\u1160\u3164\uFFA0\u2800\uFFFC]/u;
const invisibleIn = (s: string) => INVISIBLE.test(s);

// Characters that have fooled text filters, and ordinary ones (markup, escapes, separators, scripts in both directions).
const tricky = [
  ...'\u034F\u115F\u1160\u3164\uFFA0\u2800\uFFFC\uFFFD\uFE0F\uFE00\u00AD\u061C\u180E\u200B\u200C\u200D\u200E\u200F\u202A\u202B\u202C\u202D\u202E',
  ...'\u2060\u2066\u2067\u2068\u2069\u206A\u2028\u2029\uFEFF\uFFF9\u0000\u0007\u0009\u000B\u000C\u000D\u0085\u00A0\u3000\uD800\uDC00\uE000',
  '\u{E0001}', '\u{E0041}', '\u{E007F}', '\u{E0100}', '\u{1D173}', '\u{F0000}', '\u{10FFFF}', '\u{1BCA0}',
  ...'<>/&=?%+~.,:; \n', '%E4', '%ED%A0%80', '%', '~', 'a', 'Z', '1', '0', 'é', 'e\u0301', '干', '您', '😀', '👩‍⚕️', 'א', 'ب', '010-1234',
];
const anyUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
const hostileText = fc.oneof(
  fc.string({ unit: fc.constantFrom(...tricky), maxLength: 60 }),
  fc.string({ unit: fc.oneof(anyUnit, fc.constantFrom(...tricky)), maxLength: 120 }),
  fc.string({ unit: 'binary', maxLength: 80 }),
);
/** A value as links spell one: raw, percent-encoded, packed (UTF-16, lone surrogates included), or a piece of a real value. */
const spelled = fc.oneof(
  hostileText,
  hostileText.map((s) => encodeURIComponent(s.replace(/[\uD800-\uDFFF]/g, ''))),
  hostileText.map((s) => `~${Buffer.from(s, 'utf16le').swap16().toString('base64url')}`),
  fc.constantFrom('1', '2', 'x', '', 'sle', 'sle.risks', 'risks..cost', 'approved.__proto__', '~', '~A', '%', '%%%'),
);
const queryOf = (keys: string[]) =>
  fc
    .tuple(fc.constantFrom('', '?', '?v=1&', 'v=1&'), fc.array(fc.tuple(fc.constantFrom(...keys), spelled), { maxLength: 8 }))
    .map(([start, pairs]) => start + pairs.map(([k, v]) => `${k}=${v}`).join('&'));

describe(`question list decoder: ${RUNS.toLocaleString('en')} hostile links`, () => {
  it('never throws; gives known ids in order and at most three short own questions with no hidden character', () => {
    let withText = 0;
    fc.assert(
      fc.property(fc.oneof(queryOf(['v', 'q', 'o', 'x', '']), hostileText), (search) => {
        const { list, problems } = decodeQuestionLink(search);
        expect(list.ticked).toEqual(keyQuestionIds.filter((id) => list.ticked.includes(id)));
        expect(list.own.length).toBeLessThanOrEqual(MAX_OWN);
        for (const o of list.own) {
          withText++;
          expect(o.length).toBeGreaterThan(0);
          expect(o.length).toBeLessThanOrEqual(MAX_OWN_LENGTH);
          expect(invisibleIn(o)).toBe(false);
          expect(o).toBe(o.normalize('NFC'));
        }
        expect(Array.isArray(problems)).toBe(true);
        // What a link recovers can be shared again without loss.
        expect(decodeQuestionLink(encodeQuestionLink(list))).toEqual({ list, problems: [] });
      }),
      { numRuns: RUNS },
    );
    // The generator reaches the text path, not only the ids.
    expect(withText).toBeGreaterThan(RUNS / 4);
  });
});

describe(`handout decoder: ${RUNS.toLocaleString('en')} hostile links`, () => {
  it('never throws; gives available modules and only text that passes the handout rules, with no hidden character', () => {
    let withText = 0;
    fc.assert(
      fc.property(fc.oneof(queryOf(['v', 'm', 'n', 'c', 't', 'k', 'x']), hostileText), (query) => {
        const { handout, problems } = decodeHandout(query, available);
        expect(handout.modules.every((m) => available.includes(m))).toBe(true);
        expect(new Set(handout.modules).size).toBe(handout.modules.length);
        for (const field of ['note', 'clinic', 'contact'] as const) {
          const text = handout[field];
          if (text) withText++;
          expect(textProblem(field, text)).toBeUndefined();
          // A line feed is part of a note; nothing else hidden is.
          expect(invisibleIn(field === 'note' ? text.replace(/\n/g, '') : text)).toBe(false);
        }
        expect(Array.isArray(problems)).toBe(true);
        // What a link shows can be made into a link again that opens the same, undamaged.
        const again = decodeHandout(encodeHandout(handout), available);
        expect(again.handout).toEqual(handout);
        expect(again.problems.filter((p) => p.kind !== 'no-modules')).toEqual([]);
      }),
      { numRuns: RUNS },
    );
    expect(withText).toBeGreaterThan(RUNS / 10);
  });

  it('opens what the builder writes from anything typed, unchanged and undamaged', () => {
    const typed = fc.string({ unit: fc.oneof(fc.constantFrom(...tricky), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 })), maxLength: 70 });
    fc.assert(
      fc.property(fc.shuffledSubarray(available, { minLength: 1 }), typed, typed, typed, (modules, note, clinic, contact) => {
        const h: Handout = { modules, note: cleanText('note', note).text, clinic: cleanText('clinic', clinic).text, contact: cleanText('contact', contact).text };
        for (const field of ['note', 'clinic', 'contact'] as const) expect(textProblem(field, h[field])).toBeUndefined();
        expect(decodeHandout(encodeHandout(h), available)).toEqual({ handout: h, problems: [] });
      }),
      { numRuns: 2000 },
    );
  });
});

describe(`claim list decoder: ${RUNS.toLocaleString('en')} hostile links`, () => {
  const claimIds = claims.map((c) => c.id);
  const claimQuery = fc
    .tuple(fc.constantFrom('', '?', '?v=1&', 'v=1&'), fc.array(fc.tuple(fc.constantFrom('v', 'c', 'x'), fc.oneof(spelled, fc.subarray(claimIds).map((ids) => ids.join(',')))), { maxLength: 6 }))
    .map(([start, pairs]) => start + pairs.map(([k, v]) => `${k}=${v}`).join('&'));

  it('never throws; gives known claim ids only, in the page’s order, and nothing else from the link', () => {
    let withIds = 0;
    fc.assert(
      fc.property(fc.oneof(claimQuery, hostileText), (search) => {
        const decoded = decodeClaimLink(search);
        if (decoded.ids.length) withIds++;
        expect(decoded.ids).toEqual(claimIds.filter((id) => decoded.ids.includes(id)));
        // Only ids, problem names and a flag: no text of the link is ever carried to the page.
        expect(Object.keys(decoded).sort()).toEqual(['ids', 'present', 'problems']);
        for (const p of decoded.problems) expect(['unknown-claim', 'newer-version', 'too-long']).toContain(p);
        // What a link recovers can be shared again without loss.
        const again = decodeClaimLink(encodeClaimLink(decoded.ids));
        expect(again.ids).toEqual(decoded.ids);
        expect(again.problems).toEqual([]);
      }),
      { numRuns: RUNS },
    );
    expect(withIds).toBeGreaterThan(RUNS / 10);
  });
});
