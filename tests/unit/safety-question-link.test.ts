import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keyQuestionIds } from '../../src/safety/key-questions';
import {
  cleanOwnText,
  decodeQuestionLink,
  encodeQuestionLink,
  MAX_OWN,
  MAX_OWN_LENGTH,
  type QuestionList,
} from '../../src/safety/question-link';

const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
const LONE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** What any decoded list must look like, whatever the link was. */
function expectWellFormed({ ticked, own }: QuestionList) {
  expect(ticked.every((id) => keyQuestionIds.includes(id))).toBe(true);
  expect(new Set(ticked).size).toBe(ticked.length);
  expect(ticked).toEqual(keyQuestionIds.filter((id) => ticked.includes(id)));
  expect(own.length).toBeLessThanOrEqual(MAX_OWN);
  for (const o of own) {
    expect(o.length).toBeGreaterThan(0);
    expect(o.length).toBeLessThanOrEqual(MAX_OWN_LENGTH);
    expect(o).toBe(o.trim());
    expect(o).not.toMatch(/<\/?[A-Za-z!?][^<>]*>/);
    expect(o).not.toMatch(BIDI);
    expect(o).not.toMatch(LONE);
    expect([...o].some((c) => c.charCodeAt(0) < 0x20 || c === '\u007F')).toBe(false);
  }
}

// Strings that stress the decoder: any UTF-16 (lone surrogates included), markup, escapes, separators.
const hostileChar = fc.constantFrom('<', '>', '/', '&', '=', '?', '%', '+', '.', ' ', '\n', '\u202E', '\u2066', '\uD800', '\uDC00', '\uFFFD', '干', '😀', 'q', 'o', 'v');
const hostileString = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc.string({ unit: hostileChar, maxLength: 400 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
);
const searchLike = fc.oneof(
  hostileString,
  fc.tuple(fc.constantFrom('', '?', '?v=1&', '?v=2&', '?v=x&'), fc.array(fc.tuple(fc.constantFrom('q', 'o', 'v', 'x'), hostileString), { maxLength: 6 })).map(
    ([start, pairs]) => start + pairs.map(([k, v]) => `${k}=${v}`).join('&'),
  ),
  fc.tuple(fc.constantFrom('q', 'o'), hostileString).map(([k, v]) => `?v=1&${k}=${encodeURIComponent(v.replace(new RegExp(LONE.source, 'g'), ''))}`),
);
const validList = fc.record({
  ticked: fc.subarray([...keyQuestionIds]),
  own: fc.array(
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 120 }).map((s) => cleanOwnText(s).text).filter(Boolean),
    { maxLength: MAX_OWN },
  ),
});

describe('question list link: properties', () => {
  it('any string decodes without throwing, to a well-formed list', () => {
    fc.assert(
      fc.property(searchLike, (search) => {
        const { list, problems } = decodeQuestionLink(search);
        expectWellFormed(list);
        expect(Array.isArray(problems)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('a list survives its own link unchanged, with no problems', () => {
    fc.assert(
      fc.property(validList, (list) => {
        const decoded = decodeQuestionLink(encodeQuestionLink(list));
        expect(decoded.problems).toEqual([]);
        expect(decoded.list).toEqual(list);
      }),
      { numRuns: 1000 },
    );
  });

  it('whatever a link recovers can be shared again without loss (decode ∘ encode is stable)', () => {
    fc.assert(
      fc.property(searchLike, (search) => {
        const first = decodeQuestionLink(search).list;
        const again = decodeQuestionLink(encodeQuestionLink(first));
        expect(again.problems).toEqual([]);
        expect(again.list).toEqual(first);
      }),
      { numRuns: 1000 },
    );
  });

  it('cleaning own text is idempotent', () => {
    fc.assert(
      fc.property(hostileString, (s) => {
        const once = cleanOwnText(s).text;
        const twice = cleanOwnText(once);
        expect(twice.text).toBe(once);
        expect(twice.cleaned).toBe(false);
        expect(twice.cut).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('question list link: examples', () => {
  it('an empty list is no query at all, and no query is an empty list', () => {
    expect(encodeQuestionLink({ ticked: [], own: ['', '  '] })).toBe('');
    expect(decodeQuestionLink('')).toEqual({ list: { ticked: [], own: [] }, problems: [] });
    expect(decodeQuestionLink('?utm_source=wechat')).toEqual({ list: { ticked: [], own: [] }, problems: [] });
  });

  it('writes a short, versioned link with ids in display order', () => {
    const link = encodeQuestionLink({ ticked: ['risks', 'approved'], own: ['Can I keep working?', '我要住院吗？'] });
    expect(link).toBe('?v=1&q=approved.risks&o=Can+I+keep+working%3F&o=%E6%88%91%E8%A6%81%E4%BD%8F%E9%99%A2%E5%90%97%EF%BC%9F');
    expect(decodeQuestionLink(link)).toEqual({
      list: { ticked: ['approved', 'risks'], own: ['Can I keep working?', '我要住院吗？'] },
      problems: [],
    });
  });

  it('drops unknown and repeated ids, keeping the known ones', () => {
    expect(decodeQuestionLink('?v=1&q=risks.nope.risks..approved.__proto__')).toEqual({
      list: { ticked: ['approved', 'risks'], own: [] },
      problems: ['unknown-question'],
    });
  });

  it('turns HTML and script into plain words', () => {
    const { list, problems } = decodeQuestionLink(`?v=1&o=${encodeURIComponent('<script>alert(1)</script><b>Is it safe?</b><img src=x onerror=alert(1)>')}`);
    expect(list.own).toEqual(['alert(1) Is it safe?']);
    expect(problems).toEqual(['text-cleaned']);
  });

  it('keeps a "<" that is not markup', () => {
    expect(decodeQuestionLink(`?o=${encodeURIComponent('Is the risk < 1 in 100?')}`).list.own).toEqual(['Is the risk < 1 in 100?']);
  });

  it('removes bidi overrides, controls and lone surrogates', () => {
    const { list, problems } = decodeQuestionLink(`?v=1&o=${encodeURIComponent('abc\u202Edef\u2066x\u0007')}%ED%A0%80&o=ok\uD800`);
    expect(list.own).toEqual(['abcdefx', 'ok']);
    expect(problems).toEqual(['text-cleaned']);
  });

  it('removes the same invisible formatting a handout refuses (soft hyphen, zero-width joiners, byte-order mark)', () => {
    expect(cleanOwnText('Is it\u00AD safe\u200D?\u200C\uFEFF')).toEqual({ text: 'Is it safe?', cleaned: true, cut: false });
  });

  it('cuts very long text and reads no more than three own questions', () => {
    const long = 'a'.repeat(10_000);
    const { list, problems } = decodeQuestionLink(`?v=1&q=cost&o=${long}&o=two&o=three&o=four`);
    expect(list.ticked).toEqual(['cost']);
    expect(list.own).toEqual(['a'.repeat(MAX_OWN_LENGTH), 'two', 'three']);
    expect(problems).toEqual(['too-long', 'too-many']);
  });

  it('never splits a character in two when it cuts', () => {
    const { text, cut } = cleanOwnText('😀'.repeat(200));
    expect(cut).toBe(true);
    expect(text).toBe('😀'.repeat(MAX_OWN_LENGTH / 2));
    expect(text).not.toMatch(LONE);
  });

  it('reads a link from a newer version as far as it can, and says so', () => {
    expect(decodeQuestionLink('?v=7&q=evidence&z=1')).toEqual({ list: { ticked: ['evidence'], own: [] }, problems: ['newer-version'] });
  });

  it('survives broken percent-escapes', () => {
    const { list, problems } = decodeQuestionLink('?v=1&q=%E0%A4%A&o=%E6%88%91%&o=%%%');
    expectWellFormed(list);
    expect(list.own).toEqual(['我%', '%%%']);
    expect(problems).toEqual(['unknown-question']);
  });
});

describe('question list links shared before the share-link core (written by the encoder of commit 83aea02)', () => {
  // Never change these strings: people keep and send these links.
  it.each([
    ['?v=1&q=approved', { ticked: ['approved'], own: [] }],
    ['?v=1&o=Can+I+keep+working%3F', { ticked: [], own: ['Can I keep working?'] }],
    [
      '?v=1&q=approved.registered-study.evidence.risks.cell-source.cost.medicines-trials.follow-up&o=%E6%88%91%E8%83%BD%E7%BB%A7%E7%BB%AD%E5%90%83%E7%BE%9F%E6%B0%AF%E5%96%B9%E5%90%97%EF%BC%9F&o=Is+it+safe+for+pregnancy%3F&o=How+much+does+it+cost+%26+who+pays+%28100%25%29%3F',
      { ticked: [...keyQuestionIds], own: ['我能继续吃羟氯喹吗？', 'Is it safe for pregnancy?', 'How much does it cost & who pays (100%)?'] },
    ],
    [
      '?v=1&q=risks.cost&o=%E6%88%91%E8%A6%81%E4%BD%8F%E9%99%A2%E5%90%97%EF%BC%9F&o=Wie+lange+dauert+es%3F+%C3%87a+co%C3%BBte+combien%3F',
      { ticked: ['risks', 'cost'], own: ['我要住院吗？', 'Wie lange dauert es? Ça coûte combien?'] },
    ],
    ['?v=1&q=follow-up&o=a%2Bb%3Dc%3B+d%2Fe+%7E+f*g+%22quote%22+%27single%27+%3C3+%F0%9F%98%80', { ticked: ['follow-up'], own: ['a+b=c; d/e ~ f*g "quote" \'single\' <3 😀'] }],
  ] as Array<[string, QuestionList]>)('%s', (link, list) => {
    expect(decodeQuestionLink(link)).toEqual({ list, problems: [] });
    expect(encodeQuestionLink(list)).toBe(link);
  });

  it('the links in the end-to-end tests open as they did', () => {
    expect(decodeQuestionLink(`?v=1&q=approved.registered-study.risks.cost&o=${encodeURIComponent('我能继续吃羟氯喹吗？')}`)).toEqual({
      list: { ticked: ['approved', 'registered-study', 'risks', 'cost'], own: ['我能继续吃羟氯喹吗？'] },
      problems: [],
    });
    expect(decodeQuestionLink('?v=1&q=evidence')).toEqual({ list: { ticked: ['evidence'], own: [] }, problems: [] });
  });
});
