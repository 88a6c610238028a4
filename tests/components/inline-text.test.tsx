import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ContentContext, type ContentContextValue } from '../../src/components/blocks/content-context';
import { InlineText } from '../../src/components/blocks/inline-text';

function renderText(text: string, lang: ContentContextValue['lang']) {
  return render(
    <ContentContext.Provider value={{ lang, glossary: {}, citations: { 'deng-2017': 6 }, figures: {} }}>
      <p>
        <InlineText text={text} />
      </p>
    </ContentContext.Provider>,
  );
}

/** The text of each part of the paragraph that may not break across lines. */
function unbreakable(container: HTMLElement): string[] {
  return [...container.querySelectorAll('.nowrap')].map((el) => el.textContent ?? '');
}

describe('line breaks in content text', () => {
  it('keeps a citation marker on the line of the word before it', () => {
    const { container } = renderText('MSCs added no clear benefit[^deng-2017].', 'en');
    expect(container.textContent).toBe('MSCs added no clear benefit[6].');
    expect(unbreakable(container)).toEqual(['benefit[6]']);
  });

  it('in Chinese, keeps the last character with the marker, and a term like CAR-T whole', () => {
    const { container } = renderText('CAR-T 仍是试验性治疗，没有明显好处[^deng-2017]。', 'zh');
    expect(container.textContent).toBe('CAR-T 仍是试验性治疗，没有明显好处[6]。');
    expect(unbreakable(container)).toEqual(['CAR-T', '处[6]']);
  });

  it('lets English hyphenated words break as usual', () => {
    const { container } = renderText('Stem-cell tourism is risky.', 'en');
    expect(unbreakable(container)).toEqual([]);
  });
});
