import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';
import { plainText } from './inline-markup';

/**
 * Plain-language measures. Each string (title, paragraph, list item, table cell)
 * is at least one sentence: a list item reads as a sentence even without a full stop.
 */
const WORD = /[A-Za-z]+(?:['’-][A-Za-z]+)*|\d+(?:[.,]\d+)*%?/g;

export interface EnglishMeasure {
  words: number;
  sentences: number;
  syllables: number;
  grade: number;
}

export function measureEnglish(strings: string[]): EnglishMeasure {
  let words = 0;
  let sentences = 0;
  let syllables = 0;
  for (const raw of strings) {
    const text = plainText(raw);
    for (const sentence of text.split(/(?<=[.!?])\s+|[:;]\s+/)) {
      const tokens = sentence.match(WORD) ?? [];
      if (tokens.length === 0) continue;
      sentences += 1;
      words += tokens.length;
      // A number reads as one unit.
      syllables += tokens.reduce((sum, w) => sum + (/^\d/.test(w) ? 1 : Math.max(1, syllable(w))), 0);
    }
  }
  const grade = words === 0 ? 0 : fleschKincaid({ sentence: Math.max(1, sentences), word: words, syllable: syllables });
  return { words, sentences, syllables, grade: Math.round(grade * 10) / 10 };
}

const HAN = /\p{Script=Han}/gu;

export interface ChineseMeasure {
  han: number;
  sentences: number;
  /** Average 汉字 per sentence. */
  averageSentence: number;
}

export function measureChinese(strings: string[]): ChineseMeasure {
  let han = 0;
  let sentences = 0;
  for (const raw of strings) {
    for (const sentence of plainText(raw).split(/[。！？；]/)) {
      const count = sentence.match(HAN)?.length ?? 0;
      if (count === 0) continue;
      sentences += 1;
      han += count;
    }
  }
  return { han, sentences, averageSentence: sentences === 0 ? 0 : Math.round((han / sentences) * 10) / 10 };
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
// "1 May 2026" / "May 2026" state the same numbers as "2026 年 5 月 1 日".
const MONTH_BEFORE_YEAR = new RegExp(`\\b(${MONTHS.join('|')})(?=\\s+\\d{4})`, 'g');

const CENTURY_DECADE = /(\d+)\s*世纪\s*(\d+)\s*年代/g;
const WAN = /(\d+(?:\.\d+)?)\s*万/g;

/** Digit runs as a reader sees them ("92.5", "2026"), for checking that both languages state the same numbers. */
export function numbersIn(strings: string[]): string[] {
  return strings
    .flatMap(
      (s) =>
        plainText(s)
          .replace(MONTH_BEFORE_YEAR, (m) => String(MONTHS.indexOf(m) + 1))
          .replace(/(\d),(\d{3})/g, '$1$2')
          // Chinese ways of writing a number: "20 世纪 50 年代" is the 1950s, "10 万" is 100,000.
          .replace(CENTURY_DECADE, (_m, c: string, d: string) => String((Number(c) - 1) * 100 + Number(d)))
          .replace(WAN, (_m, n: string) => String(Math.round(Number(n) * 10000)))
          .match(/\d+(?:\.\d+)?/g) ?? [],
    )
    .sort();
}
