import { describe, expect, it } from 'vitest';
import { citeIds, parseInline, plainText, termIds } from '../../src/content/inline-markup';

describe('inline markup', () => {
  it('parses terms, citations and emphasis', () => {
    expect(parseInline('Ask about [[msc|MSCs]]**now**[^deng-2017].')).toEqual([
      { type: 'text', text: 'Ask about ' },
      { type: 'term', id: 'msc', text: 'MSCs' },
      { type: 'strong', text: 'now' },
      { type: 'cite', id: 'deng-2017' },
      { type: 'text', text: '.' },
    ]);
  });
  it('keeps HTML as plain text', () => {
    expect(parseInline('<img src=x onerror=alert(1)>')).toEqual([{ type: 'text', text: '<img src=x onerror=alert(1)>' }]);
  });
  it('gives what a reader sees', () => {
    expect(plainText('[[sle|Lupus]] is common [^a-1].')).toBe('Lupus is common.');
    expect(termIds('[[a|x]] and [[b-c|y]]')).toEqual(['a', 'b-c']);
    expect(citeIds('x[^one][^two-2]')).toEqual(['one', 'two-2']);
  });
});
