/**
 * What the link pages show of text that came in a link: isolated from the page's direction
 * (dir="auto" or <bdi>, so right-to-left letters cannot reorder a phone number next to them),
 * with nothing hidden in it; and copying a link, with and without the clipboard API.
 */
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import en from '../../locales/en/question-list.json';
import { checkCode, encodeHandout, encodeText, type Handout } from '../../src/handout/handout-link';
import { renderRoute } from './render-route';

const handout = (h: Partial<Handout>): Handout => ({ modules: ['sle'], note: '', clinic: '', contact: '', ...h });
// Hebrew and Arabic words between digit groups: without isolation they pull the numbers around them.
const CLINIC = 'مستشفى 12';
const CONTACT = 'טלפון 010-1234 5678';
const NOTE = 'Bring this sheet. מחר 9:30';

describe('handout text from a link', () => {
  it('the clinic name, contact line and note each take their own direction', async () => {
    await renderRoute(`/en/handout/?${encodeHandout(handout({ note: NOTE, clinic: CLINIC, contact: CONTACT }))}`);
    await screen.findByRole('heading', { name: /^Note from the person who sent you this link/ });
    for (const text of [CLINIC, CONTACT, NOTE]) expect(screen.getByText(text)).toHaveAttribute('dir', 'auto');
  });

  it('what a damaged link still shows is isolated too', async () => {
    const query = encodeHandout(handout({ note: NOTE }));
    await renderRoute(`/en/handout/?${query.slice(0, query.indexOf('&k='))}`);
    await screen.findByRole('heading', { level: 1, name: 'This link is damaged or incomplete' });
    expect(screen.getByText(NOTE)).toHaveAttribute('dir', 'auto');
  });

  it('a contact line with invisible fillers and an emoji selector opens without them', async () => {
    const contact = '\u3164\u2800☎\uFE0F 010\u034F-1234';
    await renderRoute(`/en/handout/?v=1&m=sle&t=${encodeText(contact)}&k=${checkCode(handout({ contact }))}`);
    await screen.findByRole('heading', { name: /^Note from the person who sent you this link/ });
    expect(screen.getByText('☎ 010-1234')).toHaveAttribute('dir', 'auto');
  });
});

describe('own questions from a link', () => {
  it('are shown without bidi controls or fillers, in boxes and a printed list that take their own direction', async () => {
    const own = `Call ${'\u202E'}010\u2066 1234\u3164 ${'\u2800'}שלום?`;
    await renderRoute(`/en/questions/?v=1&o=${encodeURIComponent(own)}`);
    // The list arrives once the link's codec is loaded (a chunk of its own, with the list's store).
    const box = await screen.findByDisplayValue('Call 010 1234 שלום?', {});
    expect(box).toBe(screen.getByRole('textbox', { name: /Your question 1/ }));
    expect(box).toHaveAttribute('dir', 'auto');
    expect(screen.getByText('Call 010 1234 שלום?', { selector: '.question-print bdi' })).toBeInTheDocument();
    expect(screen.getByText(en.noticeRecovered)).toBeInTheDocument();
  });
});

describe('copying the question list link', () => {
  let clipboard: PropertyDescriptor | undefined;
  beforeEach(() => {
    clipboard = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
  });
  afterEach(() => {
    if (clipboard) Object.defineProperty(navigator, 'clipboard', clipboard);
    else Reflect.deleteProperty(navigator, 'clipboard');
  });

  it('copies with the clipboard API, and without it selects the link and says how to copy it', async () => {
    const user = userEvent.setup();
    await renderRoute('/en/questions/?v=1&q=risks');
    const field = (await screen.findByRole('textbox', { name: en.shareLabel })) as HTMLInputElement;

    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    await user.click(screen.getByRole('button', { name: en.copy }));
    expect(await screen.findByText(en.copyFallback)).toBeInTheDocument();
    expect(document.activeElement).toBe(field);
    expect(field.selectionStart).toBe(0);
    expect(field.selectionEnd).toBe(field.value.length);

    const writeText = vi.fn(async () => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await user.click(screen.getByRole('button', { name: en.copy }));
    expect(writeText).toHaveBeenCalledWith(field.value);
    expect(field.value).toMatch(/\/en\/questions\/\?v=1&q=risks$/);
    expect(await screen.findByText(en.copied)).toBeInTheDocument();
  });
});
