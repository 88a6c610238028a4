import { describe, expect, it } from 'vitest';
import careEn from '../../locales/en/care-cards.json';
import careZh from '../../locales/zh/care-cards.json';
import claimsEn from '../../locales/en/claim-checker.json';
import explainEn from '../../locales/en/claim-explanations.json';
import questionsEn from '../../locales/en/question-list.json';
import safetyEn from '../../locales/en/safety.json';
import claimsZh from '../../locales/zh/claim-checker.json';
import explainZh from '../../locales/zh/claim-explanations.json';
import questionsZh from '../../locales/zh/question-list.json';
import safetyZh from '../../locales/zh/safety.json';
import { modules } from '../../src/content/modules';
import { measureChinese, measureEnglish, numbersIn } from '../../src/content/readability';
import type { Block } from '../../src/content/types';
import { careCards, careLevels } from '../../src/safety/care-cards';
import { claimGroups, claims } from '../../src/safety/claims';
import { keyQuestionIds } from '../../src/safety/key-questions';
import { careCardSources, safetySources } from '../../src/safety/sources';
import { langs, moduleText } from './content-helpers';

const care = { en: careEn, zh: careZh };
const safety = { en: safetyEn, zh: safetyZh };
const claimWords = { en: claimsEn, zh: claimsZh };
const explanations = { en: explainEn, zh: explainZh };

function strings(value: unknown, path = ''): Array<[string, string]> {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${path}[${i}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => strings(v, path ? `${path}.${k}` : k));
  return [];
}

describe('care cards', () => {
  const cardWords = (lang: 'en' | 'zh') => ({ emergency: care[lang].emergency, ...safety[lang].careCards });

  it.each(langs)('%s: every card has a prefix, a heading, and the same signs in the same order as English', (lang) => {
    for (const level of careLevels) {
      expect(care[lang].prefix[level].trim()).not.toBe('');
      expect(cardWords(lang)[level].heading.trim()).not.toBe('');
      expect(Object.keys(cardWords(lang)[level].items)).toEqual(Object.keys(cardWords('en')[level].items));
    }
  });

  it('lists the signs the issue names', () => {
    // The signs, plus those of fact base 6.3 (wheeze, coughing blood, hives, blue lips, bladder).
    const emergency = Object.values(careEn.emergency.items);
    for (const sign of [
      /^trouble breathing, fast breathing or wheezing$/,
      /^chest pain, or coughing up blood$/,
      /^fainting or feeling very faint$/,
      /^swelling of the face, lips or throat, or hives/,
      /^blue lips or blue skin$/,
      /^high fever with shaking chills$/,
      /^sudden loss of vision$/,
      /^a severe headache, new weakness or numbness, or sudden loss of bladder control$/,
      /^a fever of 38 °C or more, or shivering, after a transplant or chemotherapy/,
    ])
      expect(emergency.filter((item) => sign.test(item)), String(sign)).toHaveLength(1);
    expect(emergency).toHaveLength(9);
    expect(Object.values(safetyEn.careCards.urgent.items).slice(1)).toEqual([
      'new swelling, pain or warmth in an arm or leg',
      'a red, hot, painful injection site',
      'swelling of the legs or face',
      'foamy urine or much less urine',
      'a new rash or joint pain',
    ]);
    expect(safetyEn.careCards.urgent.items.fever).toMatch(/^a fever/);
    expect(Object.values(safetyEn.careCards['non-urgent'].items)).toEqual([
      'you are considering a stem-cell treatment',
      'a clinic offered you one',
      'you have questions from this guide',
    ]);
  });

  it('uses the prefixes the issue names', () => {
    expect(careEn.prefix).toEqual({ emergency: 'Immediate action required:', urgent: 'Urgent advice:', 'non-urgent': 'Non-urgent advice:' });
    expect(careEn.review.awaiting).toBe('awaiting clinical review');
    expect(careZh.review.awaiting).toBe('等待临床审核');
  });

  it('says to call 120 now in an emergency, and treats fever after a transplant, chemotherapy or immunosuppressants as one', () => {
    expect(careEn.emergency.heading).toMatch(/^Call 120 .* now/);
    expect(careZh.emergency.heading).toMatch(/立即拨打 120/);
    const en = Object.values(careEn.emergency.items).join(' ') + careEn.emergency.note;
    const zh = Object.values(careZh.emergency.items).join(' ') + careZh.emergency.note;
    for (const word of ['fever', 'transplant', 'chemotherapy', 'immunosuppressants']) expect(en).toContain(word);
    for (const word of ['发烧', '移植', '化疗', '免疫抑制']) expect(zh).toContain(word);
  });

  it('keeps "call 120" out of the urgent card, which is about contacting the treating team today', () => {
    for (const cards of [safetyEn.careCards, safetyZh.careCards]) {
      expect(Object.values(cards.urgent.items).join(' ')).not.toMatch(/120/);
    }
  });

  it('the urgent card says "today" and the non-urgent one "next visit"', () => {
    expect(safetyEn.careCards.urgent.heading).toContain('today');
    expect(safetyZh.careCards.urgent.heading).toContain('当天');
    expect(safetyEn.careCards['non-urgent'].heading).toContain('next visit');
    expect(safetyZh.careCards['non-urgent'].heading).toContain('下次看病');
  });

  it('has a clinical-review field on every card, null until a clinician signs it off', () => {
    for (const level of careLevels) {
      const review = careCards[level].clinicalReview;
      if (review) {
        expect(review.by.trim()).not.toBe('');
        expect(review.on).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      } else expect(review).toBeNull();
    }
  });
});

describe('sources of the safety pages', () => {
  it('resolve every id to a full reference with a DOI or an https URL', () => {
    const ids = [...careLevels.flatMap((l) => careCardSources[l]), ...claims.flatMap((c) => c.sources)];
    for (const s of safetySources(ids)) {
      expect(s.authors.trim(), s.id).not.toBe('');
      expect(s.title.trim(), s.id).not.toBe('');
      expect(s.year, s.id).toBeGreaterThan(1990);
      expect(Boolean(s.doi) || /^https:\/\//.test(s.url ?? ''), s.id).toBe(true);
    }
  });

  it('an unknown id is an error, not a silent gap', () => {
    expect(() => safetySources(['no-such-source'])).toThrow();
  });
});

describe('claim checker', () => {
  it('keeps the first eight ids (links and anchors point at them) and has at least one source per claim', () => {
    expect(careCardSources.emergency.length).toBeGreaterThan(0);
    const ids = claims.map((c) => c.id);
    for (const id of ['no-risk', 'one-shot', 'many-diseases', 'stories', 'pay-study', 'salon', 'trip-abroad', 'no-number']) expect(ids).toContain(id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of claims) expect(c.sources.length, c.id).toBeGreaterThan(0);
  });

  it('covers every row of the fact base’s §7 claims table (1–11), each once', () => {
    const rows = claims.flatMap((c) => (c.factBase7 ? [c.factBase7] : [])).sort((a, b) => a - b);
    expect(rows).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  });

  it('groups the claims: safety, “proof”, approval and the law, money, place and travel; each group used', () => {
    expect(claimGroups).toEqual(['safety', 'proof', 'approval', 'money']);
    for (const g of claimGroups) expect(claims.some((c) => c.group === g), g).toBe(true);
  });

  it('names the Chinese wording clinics use', () => {
    expect(claimsZh.items['no-risk'].claim).toContain('绝对安全');
    expect(claimsZh.items['one-shot'].claim).toContain('一针见效');
    expect(claimsZh.items['many-diseases'].claim).toContain('包治百病');
    expect(claimsZh.items['no-rejection'].claim).toContain('无排斥');
    expect(claimsZh.items['survival-92'].claim).toContain('92.5%');
  });

  it.each(langs)('%s: has the ad’s words, why, and what to ask for every claim id, and no others', (lang) => {
    expect(Object.keys(claimWords[lang].items).sort()).toEqual(claims.map((c) => c.id).sort());
    expect(Object.keys(explanations[lang].items).sort()).toEqual(claims.map((c) => c.id).sort());
    for (const [id, item] of Object.entries(claimWords[lang].items)) expect(item.claim.trim(), id).not.toBe('');
    for (const [id, item] of Object.entries(explanations[lang].items)) for (const key of ['why', 'ask'] as const) expect(item[key].trim(), `${id}.${key}`).not.toBe('');
  });

  it('reads plainly: English grade ≤ 8 and Chinese sentences ≤ 22 汉字 on average, per claim', () => {
    for (const [id, item] of Object.entries(explainEn.items)) expect(measureEnglish([item.why, item.ask]).grade, id).toBeLessThanOrEqual(8);
    for (const [id, item] of Object.entries(explainZh.items)) expect(measureChinese([item.why, item.ask]).averageSentence, id).toBeLessThanOrEqual(22);
  });
});

describe('key questions', () => {
  it.each(langs)('%s: has words for exactly the key question ids', (lang) => {
    expect(Object.keys(safety[lang].keyQuestions)).toEqual([...keyQuestionIds]);
  });
});

describe('do and don’t list', () => {
  it('every "don\'t" item says "Do not" / "不要" itself', () => {
    for (const item of safetyEn.doDont.dont) expect(item).toMatch(/^Do not /);
    for (const item of safetyZh.doDont.dont) expect(item).toMatch(/^不要/);
  });

  it('includes the one firm instruction about lupus medicines, and paying for a "study"', () => {
    expect(safetyEn.doDont.dont).toContain('Do not stop or change your lupus medicines on your own.');
    expect(safetyEn.doDont.dont.some((d) => /pay to join/.test(d))).toBe(true);
    expect(safetyZh.doDont.dont.some((d) => /停用或更改狼疮药物/.test(d))).toBe(true);
  });

  it('has the same number of items in both languages', () => {
    expect(safetyZh.doDont.do).toHaveLength(safetyEn.doDont.do.length);
    expect(safetyZh.doDont.dont).toHaveLength(safetyEn.doDont.dont.length);
  });
});

describe('safety strings', () => {
  it.each([
    ['safety.json', safetyEn, safetyZh],
    ['question-list.json', questionsEn, questionsZh],
    ['claim-checker.json', claimsEn, claimsZh],
    ['claim-explanations.json', explainEn, explainZh],
    ['care-cards.json', careEn, careZh],
  ] as const)('%s states the same numbers in both languages', (_file, en, zh) => {
    const zhStrings = Object.fromEntries(strings(zh));
    for (const [path, s] of strings(en)) expect(numbersIn([zhStrings[path] ?? '']), path).toEqual(numbersIn([s]));
  });
});

describe('"ask your doctor" at the points where a reader may act', () => {
  const types = (lang: 'en' | 'zh', moduleId: string, stepId: string): Block['type'][] =>
    moduleText(lang, moduleId).steps[stepId]?.blocks.map((b) => b.type) ?? [];

  it.each(langs)('%s: after what the evidence shows, next to costs, and before the clinic pages', (lang) => {
    // What the evidence shows.
    expect(types(lang, 'infusion', 'proven-or-experimental')).toContain('askDoctor');
    expect(types(lang, 'sle', 'msc-studies')).toContain('askDoctor');
    // Costs, which is also the last page before the pages about clinics.
    const risks = modules.find((m) => m.id === 'risks')!;
    expect(types(lang, 'risks', 'costs').at(-1)).toBe('askDoctor');
    expect(risks.steps[risks.steps.indexOf('clinic-harms') - 1]).toBe('costs');
  });

  it.each(langs)('%s: the risks module shows the emergency care card', (lang) => {
    const blocks = moduleText(lang, 'risks').steps['msc-risks']?.blocks ?? [];
    expect(blocks).toContainEqual({ type: 'careCard', level: 'emergency' });
  });
});
