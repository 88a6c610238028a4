import { describe, expect, it } from 'vitest';
import careSharedEn from '../../locales/en/care-cards.json';
import careUrgentEn from '../../locales/en/care-card-urgent.json';
import careSharedZh from '../../locales/zh/care-cards.json';
import careUrgentZh from '../../locales/zh/care-card-urgent.json';
import claimsEn from '../../locales/en/claim-checker.json';
import explainEn from '../../locales/en/claim-explanations.json';
import questionsEn from '../../locales/en/question-list.json';
import keyQuestionsEn from '../../locales/en/key-questions.json';
import safetyEn from '../../locales/en/safety.json';
import claimsZh from '../../locales/zh/claim-checker.json';
import explainZh from '../../locales/zh/claim-explanations.json';
import questionsZh from '../../locales/zh/question-list.json';
import keyQuestionsZh from '../../locales/zh/key-questions.json';
import safetyZh from '../../locales/zh/safety.json';
import { modules } from '../../src/content/modules';
import { measureChinese, measureEnglish, numbersIn } from '../../src/content/readability';
import type { Block } from '../../src/content/types';
import { careCardWordsRead } from '../../src/components/care-card';
import { blockNamespaces } from '../../src/components/blocks/care-card-block';
import { cardItems, careCardNamespaces, careCardWordsAt, careLevels, isCardList, type CareCardList, type CareCardWords, type CareLevel } from '../../src/content/care-cards';
import { claimGroups, claims } from '../../src/safety/claims';
import { keyQuestionIds } from '../../src/safety/key-questions';
import { careCardSources, safetySources } from '../../src/safety/sources';
import { handle as askHandle } from '../../src/routes/ask-doctor';
import { alreadyHadInfusionStep, levels as askLevels, questionGroups } from '../../src/safety/ask-doctor-page';
import { langs, moduleText } from './content-helpers';

// Every card's words, wherever they live (src/content/care-cards.ts says where).
const careEn = { ...careSharedEn, urgent: careUrgentEn.card, 'non-urgent': safetyEn.nonUrgentCard };
const careZh = { ...careSharedZh, urgent: careUrgentZh.card, 'non-urgent': safetyZh.nonUrgentCard };
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
  const cards = (lang: 'en' | 'zh') => care[lang] as unknown as Record<CareLevel, CareCardWords> & { prefix: Record<CareLevel, string> };
  const items = (lang: 'en' | 'zh', level: CareLevel) => cardItems(cards(lang)[level]);
  const allText = (lang: 'en' | 'zh', level: CareLevel) =>
    [cards(lang)[level].heading, ...Object.values(cards(lang)[level].parts).flatMap((p) => (isCardList(p) ? [p.heading ?? '', ...Object.values(p.items)] : [p.text]))].join(' ');

  it.each(langs)('%s: every card has a prefix, a heading, and the same parts, headings and signs in the same order as English', (lang) => {
    for (const level of careLevels) {
      expect(cards(lang).prefix[level].trim()).not.toBe('');
      expect(cards(lang)[level].heading.trim()).not.toBe('');
      const shape = (l: 'en' | 'zh') =>
        Object.entries(cards(l)[level].parts).map(([id, p]) => (isCardList(p) ? [id, 'list', Boolean(p.heading), Object.keys(p.items)] : [id, 'text']));
      expect(shape(lang)).toEqual(shape('en'));
    }
  });

  it.each(langs)('%s: no list on a card is longer than 7 items; the emergency signs are grouped under the four short headings', (lang) => {
    for (const level of careLevels)
      for (const part of Object.values(cards(lang)[level].parts)) if (isCardList(part)) expect(Object.keys(part.items).length, level).toBeLessThanOrEqual(7);
    expect(Object.keys(cards(lang).emergency.parts).filter((id) => isCardList(cards(lang).emergency.parts[id]!))).toEqual(['breathing', 'allergy', 'fever', 'brain']);
  });

  it('uses the four group headings the issue names', () => {
    const headings = (lang: 'en' | 'zh') => Object.values(cards(lang).emergency.parts).flatMap((p) => (isCardList(p) && p.heading ? [p.heading] : []));
    expect(headings('en')).toEqual(['Breathing and chest', 'Allergy and skin', 'Fever and infection', 'Brain and nerves']);
    expect(headings('zh')).toEqual(['呼吸和胸口', '过敏和皮肤', '发烧和感染', '大脑和神经']);
  });

  it('lists the signs of fact base 6.3 on the emergency card', () => {
    const emergency = items('en', 'emergency');
    for (const sign of [
      /^trouble breathing, fast breathing or wheezing$/,
      /^blue lips or blue skin$/,
      /^sudden chest pain, or coughing up blood$/,
      /^swelling of the face, lips or throat$/,
      /^hives \(an itchy, raised rash\)$/,
      /^a high fever with shaking chills during or soon after an infusion$/,
      /^a severe headache$/,
      /^new weakness or numbness$/,
      /^loss of bladder control$/,
      /^sudden loss of vision$/,
      /^fainting or feeling very faint$/,
    ])
      expect(emergency.filter((item) => sign.test(item)), String(sign)).toHaveLength(1);
  });

  it('fever, one rule: act now after chemotherapy, a transplant or CAR-T, with low white cells or signs of sepsis', () => {
    const fever = cards('en').emergency.parts.fever as CareCardList;
    expect(fever.items['after-treatment']).toBe('a fever of 38 °C or more, or shivering, after chemotherapy, a stem-cell transplant or CAR-T');
    expect(fever.items['low-white-cells']).toMatch(/white blood cells are low/);
    expect(fever.items.sepsis).toMatch(/confusion, very fast breathing, cold or blotchy skin, or feeling suddenly very unwell.*sepsis/);
    const zh = cards('zh').emergency.parts.fever as CareCardList;
    for (const word of ['化疗', '干细胞移植', 'CAR-T', '38 °C']) expect(zh.items['after-treatment']).toContain(word);
    expect(zh.items['low-white-cells']).toContain('白细胞低');
    expect(zh.items.sepsis).toContain('脓毒症');
  });

  it('fever, one rule: call the doctor straight away on named lupus medicines; steroids can hide a fever; hydroxychloroquine alone does not count', () => {
    const en = allText('en', 'urgent');
    expect(cards('en').urgent.heading).toBe('Call your doctor straight away if you have:');
    expect(en).toMatch(/a fever, sore throat or other sign of infection while you take a lupus medicine that weakens the immune system/);
    expect(en).toContain('If you cannot reach your doctor, go to a hospital today.');
    for (const drug of ['steroids', 'prednisone', 'mycophenolate', 'azathioprine', 'cyclophosphamide', 'belimumab', 'telitacicept', 'anifrolumab', 'rituximab']) expect(en).toContain(drug);
    expect(en).toContain('Steroids can hide a fever, so tell your doctor about any sign of infection.');
    expect(en).toContain('Hydroxychloroquine on its own does not weaken the immune system in this way.');
    const zh = allText('zh', 'urgent');
    for (const drug of ['激素', '泼尼松', '吗替麦考酚酯', '硫唑嘌呤', '环磷酰胺', '贝利尤单抗', '泰它西普', '阿伏利尤单抗', '利妥昔单抗']) expect(zh).toContain(drug);
    expect(zh).toContain('激素可能掩盖发烧');
    expect(zh).toContain('只用羟氯喹，不会这样削弱免疫力');
    expect(zh).toContain('当天去医院');
    // The wrong name anifrolumab once had in Chinese is gone.
    expect(JSON.stringify(careZh)).not.toContain('阿尼鲁单抗');
  });

  it('the card component reads each card where care-cards.ts says its words are, and a step loads them', () => {
    expect(careCardWordsRead).toEqual(careCardWordsAt);
    for (const level of careLevels) expect(blockNamespaces[level]).toEqual(careCardNamespaces([level]));
    expect(askLevels).toEqual(careLevels);
    expect(askHandle.namespaces).toEqual(['safety', 'key-questions', ...careCardNamespaces(careLevels).filter((ns) => ns !== 'safety')]);
  });

  it('uses the prefixes the issue names', () => {
    expect(careEn.prefix).toEqual({ emergency: 'Immediate action required:', urgent: 'Urgent advice:', 'non-urgent': 'Non-urgent advice:' });
  });

  it('in English, 120 always reads "120 in mainland China, or your local emergency number"', () => {
    const english = [...strings(careEn), ...strings(safetyEn), ...strings(claimsEn), ...strings(questionsEn)];
    for (const [path, text] of english) if (/\b120\b/.test(text)) expect(text, path).toContain('120 in mainland China, or your local emergency number');
    expect(careEn.emergency.heading).toBe('Call 120 in mainland China, or your local emergency number, now if you have:');
    // Anywhere in the English words (module texts included), "call 120" says where 120 works.
    const everything = import.meta.glob<unknown>('../../locales/en/**/*.json', { eager: true, import: 'default' });
    for (const [file, words] of Object.entries(everything))
      for (const [path, text] of strings(words))
        for (const m of text.matchAll(/\b(?:call|dial|phone|ring)(?:ing)?\s+120\b/gi)) expect(text.slice(m.index), `${file} ${path}`).toMatch(/^\w+\s+120 in mainland China, or your local emergency number/);
    expect(careZh.emergency.heading).toMatch(/立即拨打 120（或当地急救电话）/);
  });

  it('keeps "call 120" out of the urgent and non-urgent cards, which are about calling your own doctor', () => {
    for (const lang of langs) for (const level of ['urgent', 'non-urgent'] as const) expect(allText(lang, level)).not.toMatch(/120/);
  });

  it('the three levels say now, straight away / today, and next visit', () => {
    expect(careEn.emergency.heading).toContain('now');
    expect(allText('en', 'urgent')).toMatch(/straight away[\s\S]*today/);
    expect(careEn['non-urgent'].heading).toContain('next visit');
    expect(careZh.emergency.heading).toContain('立即');
    expect(allText('zh', 'urgent')).toMatch(/马上[\s\S]*当天/);
    expect(careZh['non-urgent'].heading).toContain('下次看病');
  });

  it.each(langs)('%s: no care card says anything about review status', (lang) => {
    for (const level of careLevels) {
      const text = `${cards(lang).prefix[level]} ${allText(lang, level)}`;
      expect(text, level).not.toMatch(/review|审核|审查|clinical sign|签署/i);
    }
  });
});

describe('"strong immunosuppressants" never appears without examples', () => {
  const localeFiles = import.meta.glob<unknown>('../../locales/**/*.json', { eager: true, import: 'default' });
  const examples = {
    en: /prednisone|steroid|mycophenolate|azathioprine|cyclophosphamide|belimumab|telitacicept|anifrolumab|rituximab/i,
    zh: /激素|泼尼松|吗替麦考酚酯|硫唑嘌呤|环磷酰胺|贝利尤单抗|泰它西普|阿伏利尤单抗|利妥昔单抗/,
  };
  const phrase = { en: /strong(ly)? immunosuppress|strong immune-suppress/i, zh: /强效免疫抑制|强免疫抑制/ };

  it('finds the locale files', () => expect(Object.keys(localeFiles).length).toBeGreaterThan(10));

  it.each(Object.keys(localeFiles))('%s', (file) => {
    const lang = file.includes('/locales/zh/') ? 'zh' : 'en';
    for (const [path, text] of strings(localeFiles[file])) if (phrase[lang].test(text)) expect(text, `${file} ${path}`).toMatch(examples[lang]);
  });

  it('the check itself catches the phrase on its own', () => {
    expect('a fever while on strong immunosuppressants').toMatch(phrase.en);
    expect('a fever while on strong immunosuppressants').not.toMatch(examples.en);
    expect('在用强效免疫抑制药时发烧').toMatch(phrase.zh);
    expect('在用强效免疫抑制药时发烧').not.toMatch(examples.zh);
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
    expect(Object.keys({ en: keyQuestionsEn, zh: keyQuestionsZh }[lang])).toEqual([...keyQuestionIds]);
  });
});

describe('do and don’t list', () => {
  it('every "don\'t" item says "Do not" / "不要" itself', () => {
    for (const item of safetyEn.doDont.dont) expect(item).toMatch(/^Do not /);
    for (const item of safetyZh.doDont.dont) expect(item).toMatch(/^不要/);
  });

  it('includes the one firm instruction about lupus medicines, and paying for a "study"', () => {
    expect(safetyEn.doDont.dont).toContain('Do not stop or change your lupus medicines on your own. Ask your rheumatologist first.');
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
    ['key-questions.json', keyQuestionsEn, keyQuestionsZh],
    ['question-list.json', questionsEn, questionsZh],
    ['claim-checker.json', claimsEn, claimsZh],
    ['care-cards.json', careSharedEn, careSharedZh],
    ['care-card-urgent.json', careUrgentEn, careUrgentZh],
    ['claim-explanations.json', explainEn, explainZh],
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

describe('the ask-your-doctor page', () => {
  it.each(langs)('%s: has no list longer than 7 items', (lang) => {
    const s = safety[lang];
    for (const list of [s.ask.bring, s.ask.hadInfusionSteps, s.doDont.do, s.doDont.dont]) expect(list.length).toBeLessThanOrEqual(7);
    for (const group of Object.values(questionGroups)) expect(group.length).toBeLessThanOrEqual(7);
  });

  it('groups every key question exactly once, with a heading for each group in both languages', () => {
    expect(Object.values(questionGroups).flat().sort()).toEqual([...keyQuestionIds].sort());
    for (const lang of langs) expect(Object.keys(safety[lang].ask.questionGroups)).toEqual(Object.keys(questionGroups));
  });

  it.each(langs)('%s: says what the page is for, and why and how for the medicines rule', (lang) => {
    const s = safety[lang].ask;
    expect(s.purpose.trim()).not.toBe('');
    expect(s.medicinesWhy).toMatch(lang === 'en' ? /^Why: / : /^为什么：/);
    expect(s.medicinesHow).toMatch(lang === 'en' ? /^How: / : /^怎么做：/);
    expect(s.askHow).toMatch(lang === 'en' ? /^How: / : /^怎么做：/);
  });

  it('links the "already had an infusion?" step of the risks part once the content has it', () => {
    expect(alreadyHadInfusionStep.moduleId).toBe('risks');
    expect(modules.some((m) => m.id === alreadyHadInfusionStep.moduleId)).toBe(true);
  });
});
