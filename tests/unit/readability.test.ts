import { describe, expect, it } from 'vitest';
import { measureChinese, measureEnglish, numbersIn } from '../../src/content/readability';

describe('numbersIn', () => {
  it('reads dates the same way in both languages', () => {
    expect(numbersIn(['From 1 May 2026, research may not charge.'])).toEqual(numbersIn(['从 2026 年 5 月 1 日起，研究不得收费。']));
    expect(numbersIn(['Since May 2026'])).toEqual(['2026', '5']);
  });
  it('ignores citation ids and thousands separators', () => {
    expect(numbersIn(['1,012 people took part[^lalu-2012].'])).toEqual(['1012']);
  });
  it('reads Chinese decades and 万 as the same numbers as English', () => {
    expect(numbersIn(['20 世纪 50 年代，每 10 万人中'])).toEqual(numbersIn(['In the 1950s, in every 100,000 people']));
    expect(numbersIn(['“9.8万元一针”，5 万美元'])).toEqual(['50000', '98000']);
  });
  it('does not treat the verb "may" as a month', () => {
    expect(numbersIn(['You may see 3 doctors.'])).toEqual(['3']);
  });
});

describe('measureEnglish', () => {
  it('grades short plain sentences low and long technical ones high', () => {
    expect(measureEnglish(['Stem cells can make more of themselves. Ask your doctor.']).grade).toBeLessThan(6);
    expect(
      measureEnglish(['Mesenchymal stromal cells demonstrate immunomodulatory characteristics predominantly attributable to paracrine signalling mechanisms.']).grade,
    ).toBeGreaterThan(12);
  });
  it('counts words without markup', () => {
    expect(measureEnglish(['[[msc|MSCs]] are cells[^x].']).words).toBe(3);
  });
});

describe('measureChinese', () => {
  it('counts 汉字 and averages them per sentence', () => {
    const m = measureChinese(['干细胞回输是什么？就是把细胞输回身体。']);
    expect(m.sentences).toBe(2);
    expect(m.han).toBe(17);
  });
});
