import { describe, expect, it } from 'vitest';
import { moduleIds } from '../../src/content/module-ids';
import { keyPointParts, keyPointsOf, loadHandoutContent } from '../../src/handout/handout-content';
import { charCount, cleanText, textProblem } from '../../src/handout/handout-text';

describe('what the builder puts on a handout from what was typed', () => {
  it('trims, makes line breaks plain and keeps at most one empty line in the note', () => {
    expect(cleanText('note', '  Line one  \r\n\r\n\r\n\r\nLine two\t end ')).toEqual({ text: 'Line one\n\nLine two end', removedHidden: false });
  });
  it('puts a clinic name on one line', () => {
    expect(cleanText('clinic', 'Rheumatology\nclinic').text).toBe('Rheumatology clinic');
  });
  it('takes out bidi overrides, zero-width and control characters and lone surrogates, and says so', () => {
    expect(cleanText('note', 'Take 1\u202E01\u200B tablets\u0007 \uD800')).toEqual({ text: 'Take 101 tablets', removedHidden: true });
  });
  it('does not cut what is too long: that is shown as an error', () => {
    const long = 'x'.repeat(300);
    expect(cleanText('note', long).text).toBe(long);
    expect(textProblem('note', long)).toBe('too-long');
    expect(textProblem('note', 'a\nb\nc\nd\ne\nf\ng')).toBe('too-long');
    expect(textProblem('note', 'x'.repeat(280))).toBeUndefined();
  });
  it('counts characters as people do: one per 汉字 or emoji', () => {
    expect(charCount('狼疮😀')).toBe(3);
    expect(textProblem('clinic', '😀'.repeat(80))).toBeUndefined();
  });
});

describe('what a handout shows of each module', () => {
  it.each(['en', 'zh'] as const)('%s: every module has a title, key points and steps', async (lang) => {
    const { modules, ask } = await loadHandoutContent(lang);
    expect(modules.map((m) => m.id)).toEqual([...moduleIds]);
    for (const m of modules) {
      expect(m.title).not.toBe(m.id);
      expect(m.keyPoints.length).toBeGreaterThanOrEqual(3);
      expect(m.steps[0]).toBeTruthy();
    }
    expect(ask.questions.length).toBeGreaterThanOrEqual(6);
    expect(ask.medicines).not.toBe('');
  });
  it('takes key points from the "key-points" step first', () => {
    const kp = (items: string[]) => ({ title: 't', blocks: [{ type: 'keyPoints' as const, items }] });
    const text = { title: 'T', purpose: 'P', mainMessage: 'M', quiz: {}, figures: {}, steps: { intro: kp(['a']), 'key-points': kp(['b', 'c']) } };
    expect(keyPointsOf(text)).toEqual(['b', 'c']);
  });
  it('keeps **strong** words, shows glossary terms as their words and drops citations', () => {
    expect(keyPointParts('**Never stop** your [[hcq|HCQ]] alone.[^acr-2025]')).toEqual([{ strong: 'Never stop' }, ' your ', 'HCQ', ' alone.']);
  });
});
