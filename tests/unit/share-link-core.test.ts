// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkText, cleanText, decodeQuery, defineLink, encodeQuery, ids, linkCheckCode, readText, text, texts, type LinkProblem, type TextRules } from '../../src/share-link';
import { decodeForgiving, pack, unpack } from '../../src/share-link/query';

const oneLine: TextRules = { maxChars: 40, maxLines: 1 };
const note: TextRules = { maxChars: 100, maxLines: 4 };
const forgiving: TextRules = { maxChars: 10, maxUnits: 10, maxLines: 1, stripMarkup: true, cut: true };

// Named, because each has passed a text filter somewhere before.
const invisible: Array<[string, string]> = [
  ['combining grapheme joiner U+034F', '\u034F'],
  ['Hangul choseong filler U+115F', '\u115F'],
  ['Hangul jungseong filler U+1160', '\u1160'],
  ['Hangul filler U+3164', '\u3164'],
  ['halfwidth Hangul filler U+FFA0', '\uFFA0'],
  ['braille blank U+2800', '\u2800'],
  ['object replacement character U+FFFC', '\uFFFC'],
  ['variation selector-16 U+FE0F', '\uFE0F'],
  ['variation selector-17 U+E0100', '\u{E0100}'],
  ['tag letter A U+E0041', '\u{E0041}'],
  ['cancel tag U+E007F', '\u{E007F}'],
  ['language tag U+E0001', '\u{E0001}'],
  ['unassigned tag block U+E0000', '\u{E0000}'],
  ['line separator U+2028', '\u2028'],
  ['paragraph separator U+2029', '\u2029'],
  ['zero-width space U+200B', '\u200B'],
  ['zero-width joiner U+200D', '\u200D'],
  ['word joiner U+2060', '\u2060'],
  ['soft hyphen U+00AD', '\u00AD'],
  ['byte-order mark U+FEFF', '\uFEFF'],
  ['Mongolian vowel separator U+180E', '\u180E'],
  ['musical symbol begin beam U+1D173', '\u{1D173}'],
  ['private use U+E000', '\uE000'],
  ['noncharacter U+FFFF', '\uFFFF'],
  ['unassigned U+0378', '\u0378'],
  ['null U+0000', '\u0000'],
  ['next line U+0085', '\u0085'],
];
// Every bidirectional control: marks, embeddings, overrides, isolates.
const bidi = ['\u061C', '\u200E', '\u200F', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069'];

describe('text rules: hidden characters', () => {
  it.each(invisible)('%s: cleaned out, refused by the strict check, never in read text', (_name, ch) => {
    const s = `Call${ch} 010${ch}1234`;
    const cleaned = cleanText(s, oneLine);
    expect(cleaned.text).not.toContain(ch);
    expect(cleaned.text.replace(/ /g, '')).toBe('Call0101234');
    expect(cleaned.cleaned || /[\u2028\u2029\u0085]/.test(ch)).toBe(true);
    expect(checkText(s, oneLine)).toBe('hidden-characters');
    expect(readText(s, oneLine).text).not.toContain(ch);
  });

  it.each(bidi.map((c) => [`U+${c.charCodeAt(0).toString(16).toUpperCase()}`, c]))('bidi control %s is stripped when cleaning and refuses the whole text when read', (_name, ch) => {
    const s = `Take 1${ch}01 tablets`;
    expect(cleanText(s, oneLine)).toEqual({ text: 'Take 101 tablets', cleaned: true, cut: false });
    expect(readText(s, oneLine)).toEqual({ text: '', problem: 'hidden-characters' });
  });

  it('reads a link written before the rule: an emoji’s variation selector is dropped, the text kept', () => {
    expect(readText('☎️ 010-1234 5678', oneLine)).toEqual({ text: '☎ 010-1234 5678' });
  });

  it('a line feed belongs to several-line text only', () => {
    expect(readText('one\ntwo', note)).toEqual({ text: 'one\ntwo' });
    expect(readText('one\ntwo', oneLine).problem).toBe('hidden-characters');
    expect(cleanText('one\r\ntwo\u2028three\vfour', note).text).toBe('one\ntwo\nthree\nfour');
    expect(cleanText('one\r\ntwo', oneLine).text).toBe('one two');
  });
});

describe('text rules: length and form', () => {
  it('counts characters (code points), not UTF-16 units', () => {
    expect(checkText('😀'.repeat(40), oneLine)).toBeUndefined();
    expect(checkText('😀'.repeat(41), oneLine)).toBe('too-long');
    expect(checkText('a\nb\nc\nd\ne', note)).toBe('too-long');
  });

  it('cuts to both limits without splitting a character, and says so', () => {
    expect(cleanText('😀'.repeat(8), forgiving)).toEqual({ text: '😀'.repeat(5), cleaned: false, cut: true });
    expect(cleanText('abcdefghijklmnop', forgiving)).toEqual({ text: 'abcdefghij', cleaned: false, cut: true });
  });

  it('normalises to NFC, also where a hidden character stood between a letter and its accent', () => {
    expect(cleanText('Cafe\u0301', oneLine)).toEqual({ text: 'Café', cleaned: false, cut: false });
    expect(cleanText('e\u034F\u0301', oneLine).text).toBe('é');
  });

  it('takes out markup only where the rules say so; text is always shown as text anyway', () => {
    expect(cleanText('<b>hi</b> <<b>script>', { ...forgiving, maxChars: 40, maxUnits: 40 }).text).toBe('hi < script>');
    expect(cleanText('<b>hi</b>', oneLine).text).toBe('<b>hi</b>');
  });

  it('cleaning is idempotent and leaves nothing hidden, for any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), fc.constantFrom(oneLine, note, forgiving), (s, rules) => {
        const once = cleanText(s, rules);
        expect(cleanText(once.text, rules)).toEqual({ text: once.text, cleaned: false, cut: false });
        expect(checkText(once.text, { ...rules, maxChars: Infinity, maxUnits: undefined, maxLines: Infinity })).toBeUndefined();
      }),
      { numRuns: 2000 },
    );
  });
});

describe('query spelling', () => {
  it('reads broken escapes as a browser does (URLSearchParams)', () => {
    expect(decodeForgiving('a+b%20c')).toBe('a b c');
    expect(decodeForgiving('%E6%88%91%')).toBe('我%');
    expect(decodeForgiving('k😀%E4k')).toBe('k😀\uFFFDk');
    expect(decodeForgiving('%ED%A0%80')).toBe('\uFFFD\uFFFD\uFFFD');
    expect(decodeForgiving('%EF%BB%BFx')).toBe('\uFEFFx');
    expect(decodeForgiving('a\uD800b')).toBe('a\uFFFDb');
    expect(decodeForgiving('%zz%4')).toBe('%zz%4');
  });

  it('packs UTF-16 as base64url, as the first handout links did, and reads it back', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 50 }), (s) => {
        expect(pack(s)).toBe(Buffer.from(s, 'utf16le').swap16().toString('base64url'));
        expect(unpack(pack(s))).toBe(s);
      }),
      { numRuns: 1000 },
    );
    expect(unpack('A')).toBeUndefined();
    expect(unpack('AB+')).toBeUndefined();
    expect(unpack('AA')).toBeUndefined();
    expect(unpack('AAA')).toBe('\u0000');
  });
});

/** A third kind, declared as a page would: the claim list (/{lang}/claim-checker/?v=1&c=id,id). */
const claimIds = ['no-risk', 'one-shot', 'stories'] as const;
const claimLink = defineLink({
  version: 1,
  fields: { claims: ids({ key: 'c', separator: ',', max: 20, known: claimIds }) },
});

describe('a new link kind is a declaration', () => {
  it('writes and reads its own links', () => {
    const query = encodeQuery(claimLink, { claims: ['one-shot', 'stories'] });
    expect(query).toBe('v=1&c=one-shot,stories');
    expect(decodeQuery(claimLink, `?${query}`)).toEqual({ values: { claims: ['one-shot', 'stories'] }, problems: [] });
  });

  it('names what it could not read, under its default names', () => {
    const { values, problems } = decodeQuery(claimLink, 'v=3&c=one-shot,gone,<b>,one-shot');
    const expected: Array<LinkProblem<typeof claimLink>> = [{ kind: 'newer-version' }, { kind: 'bad-ids' }, { kind: 'unknown-id', id: 'gone' }];
    expect(values.claims).toEqual(['one-shot']);
    expect(problems).toEqual(expected);
  });

  it('an exact kind with text: a check code, and text refused whole', () => {
    const noteLink = defineLink({
      version: 2,
      fields: { tags: ids({ key: 'g', separator: '.', max: 5, required: true }), note: text({ key: 'n', rules: note }), extra: texts({ key: 'x', max: 2, rules: oneLine }) },
      checkKey: 'k',
    });
    const query = encodeQuery(noteLink, { tags: ['a'], note: 'Line\nnext', extra: ['one', 'two'] });
    expect(query).toMatch(/^v=2&g=a&n=Line%0Anext&x=one&x=two&k=[0-9a-z]{4}$/);
    expect(decodeQuery(noteLink, query)).toEqual({ values: { tags: ['a'], note: 'Line\nnext', extra: ['one', 'two'] }, problems: [] });
    expect(decodeQuery(noteLink, query.replace('next', 'nest')).problems).toEqual([{ kind: 'changed' }]);
    expect(decodeQuery(noteLink, query.replace(/&k=.*/, '')).problems).toEqual([{ kind: 'incomplete' }]);
    expect(decodeQuery(noteLink, 'x=1').problems).toEqual([{ kind: 'empty' }]);
    const rlo = 'a\u202Eb';
    const hidden = decodeQuery(noteLink, `v=2&g=a&n=a%E2%80%AEb&k=${linkCheckCode(noteLink, { tags: ['a'], note: rlo, extra: [] })}`);
    expect(hidden.values.note).toBe('');
    expect(hidden.problems).toEqual([{ kind: 'hidden-characters', field: 'note' }]);
  });
});
