import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { decodeHandout } from '../../src/handout/handout-link';
import { renderRoute } from './render-route';

// jsdom has no canvas: stand in for the QR encoder (the real one is checked in the browser, tests/e2e/handout.test.ts).
vi.mock('../../src/handout/qr-code', () => ({ qrDataUrl: async (url: string) => ({ src: `data:image/png;base64,${btoa(url.slice(-8))}`, mm: 35 }) }));

const modules = ['infusion', 'msc-hsc', 'sle', 'risks'];
const SLE = 'Lupus (SLE) and what the evidence on cell therapies shows';
const RISKS = 'Risks, costs and how to check a clinic or a study';

async function openBuilder() {
  const user = userEvent.setup();
  await renderRoute('/en/handout/new/');
  return user;
}

const linkField = () => screen.getByRole('textbox', { name: /Link to the handout/ }) as HTMLTextAreaElement;

describe('handout builder', () => {
  let clipboard: PropertyDescriptor | undefined;
  beforeEach(() => {
    clipboard = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
  });
  afterEach(() => {
    if (clipboard) Object.defineProperty(navigator, 'clipboard', clipboard);
    else Reflect.deleteProperty(navigator, 'clipboard');
  });

  it('warns not to type patient names, and asks for a part before making a link', async () => {
    await openBuilder();
    expect(screen.getByRole('heading', { level: 1, name: 'Make a handout for a patient' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: /Do not type the patient’s name/ })).toBeInTheDocument();
    expect(screen.getByText('Choose at least one part, then the link and QR code appear here.')).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: /Link to the handout/ })).not.toBeInTheDocument();
  });

  it('makes a Chinese handout link from an English page, with a note, in the chosen order', async () => {
    const user = await openBuilder();
    await user.click(screen.getByRole('checkbox', { name: RISKS }));
    await user.click(screen.getByRole('checkbox', { name: SLE }));
    await user.click(screen.getByRole('radio', { name: '中文' }));
    await user.type(screen.getByRole('textbox', { name: 'Your note (optional)' }), 'Read before Friday.');

    // The link is in a chunk of its own: wait for it (the machine may be slow), then read it.
    await screen.findByRole('textbox', { name: /Link to the handout/ });
    const url = new URL(linkField().value);
    expect(url.pathname).toBe('/zh/handout/');
    expect(decodeHandout(url.search, modules)).toEqual({
      handout: { modules: ['risks', 'sle'], note: 'Read before Friday.', clinic: '', contact: '' },
      problems: [],
    });

    // Move "Lupus" up: the order on the handout and in the link follows.
    const order = screen.getByRole('list', { name: 'Order on the handout' });
    await user.click(within(order).getByRole('button', { name: `Move up: ${SLE}` }));
    expect(decodeHandout(new URL(linkField().value).search, modules).handout.modules).toEqual(['sle', 'risks']);
    expect(screen.getByText(`${SLE} is now number 1 of 2.`)).toBeInTheDocument();
    // It reached the top, so the keyboard stays on the same part's other button.
    expect(document.activeElement).toBe(within(order).getByRole('button', { name: `Move down: ${SLE}` }));

    // The preview is the handout in Chinese.
    const preview = screen.getByRole('region', { name: 'Preview' });
    expect(await within(preview).findByRole('heading', { name: '干细胞指南阅读单' })).toBeInTheDocument();
    const box = within(preview).getByRole('heading', { name: '发送此链接的人写的留言——本指南未核实' }).closest<HTMLElement>('[role="group"]')!;
    expect(within(box).getByText('Read before Friday.')).toBeInTheDocument();
    expect(preview).not.toHaveTextContent(/care team|医护团队/);
    const titles = within(preview)
      .getAllByRole('heading', { level: 5 })
      .map((h) => h.textContent);
    expect(titles).toEqual(['红斑狼疮（SLE）：细胞治疗的证据说明了什么', '风险、费用，以及如何核实机构和研究']);

    // The QR code is a real image of the link.
    const qr = await screen.findByRole('img', { name: 'QR code for the handout link' });
    expect(qr.getAttribute('src')).toMatch(/^data:image\/png;base64,/);
  });

  it('tells the clinician, by the note, how the patient will see it; the preview shows the box and its warning', async () => {
    const user = await openBuilder();
    const note = screen.getByRole('textbox', { name: 'Your note (optional)' });
    expect(note).toHaveAccessibleDescription(/Patients see it as a note from the person who sent the link, not checked by the guide\./);
    expect(screen.getByRole('textbox', { name: 'How to contact you (optional)' })).toHaveAccessibleDescription(/check any number on the hospital’s official website/);
    await user.click(screen.getByRole('checkbox', { name: SLE }));
    await user.type(screen.getByRole('textbox', { name: 'How to contact you (optional)' }), 'Ward 5: 010 6543 2100');
    const preview = screen.getByRole('region', { name: 'Preview' });
    const box = (await within(preview).findByRole('heading', { name: 'Note from the person who sent you this link — this guide has not checked it' })).closest<HTMLElement>('[role="group"]')!;
    expect(within(box).getByText(/^This guide never asks you to pay or to stop your medicines\./)).toBeInTheDocument();
    expect(within(box).getByText('Ward 5: 010 6543 2100')).toBeInTheDocument();
  });

  it('copies the link, or selects it and says how to copy when the browser will not', async () => {
    const user = await openBuilder();
    await user.click(screen.getByRole('checkbox', { name: SLE }));

    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(screen.getByText(/This browser did not let the page copy\. The link is selected/)).toBeInTheDocument();
    const field = linkField();
    expect(document.activeElement).toBe(field);
    expect(field.selectionStart).toBe(0);
    expect(field.selectionEnd).toBe(field.value.length);

    const writeText = vi.fn(async () => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(writeText).toHaveBeenCalledWith(field.value);
    expect(await screen.findByText('Link copied.')).toBeInTheDocument();
  });

  it('a note over 280 characters is an error, and no link is made until it is shortened', async () => {
    const user = await openBuilder();
    await user.click(screen.getByRole('checkbox', { name: SLE }));
    const note = screen.getByRole('textbox', { name: 'Your note (optional)' });
    await user.click(note);
    await user.paste('x'.repeat(290));
    expect(note).toHaveAttribute('aria-invalid', 'true');
    expect(note).toHaveAccessibleDescription(/Too long by 10 characters/);
    expect(screen.queryByRole('textbox', { name: /Link to the handout/ })).not.toBeInTheDocument();
    expect(screen.getByText('Fix the text above first, then the link and QR code appear here.')).toBeInTheDocument();
    await user.type(note, '{Backspace}'.repeat(10));
    expect(note).not.toHaveAttribute('aria-invalid');
    expect(linkField().value).toContain('/en/handout/?v=1&m=sle&n=xxxx');
  });

  it('takes hidden bidi characters out of the note and says so', async () => {
    const user = await openBuilder();
    await user.click(screen.getByRole('checkbox', { name: SLE }));
    const note = screen.getByRole('textbox', { name: 'Your note (optional)' });
    await user.click(note);
    await user.paste('Take 1\u202E01 tablets');
    expect(note).toHaveAccessibleDescription(/Hidden formatting characters were taken out/);
    expect(decodeHandout(new URL(linkField().value).search, modules).handout.note).toBe('Take 101 tablets');
  });

  it('is linked from every page’s footer', async () => {
    await renderRoute('/zh/glossary/');
    expect(within(screen.getByRole('contentinfo')).getByRole('link', { name: '医护人员：制作患者阅读单' })).toHaveAttribute('href', '/zh/handout/new/');
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 })).toBeInTheDocument());
  });
});
