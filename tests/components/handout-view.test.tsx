import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import sleModule from '../../src/content/modules/sle';
import { checkCode, encodeHandout, encodeText, type Handout } from '../../src/handout/handout-link';
import { STORAGE_KEY } from '../../src/progress/progress-store';
import { moduleIds } from '../../src/content/module-ids';
import { renderRoute } from './render-route';

const handout = (h: Partial<Handout>): Handout => ({ modules: ['sle'], note: '', clinic: '', contact: '', ...h });
const open = (lang: 'en' | 'zh', h: Handout) => renderRoute(`/${lang}/handout/?${encodeHandout(h)}`);

const SENDER_EN = 'Note from the person who sent you this link — this guide has not checked it';
const SENDER_ZH = '发送此链接的人写的留言——本指南未核实';
const WARNING_EN = 'This guide never asks you to pay or to stop your medicines. Check any number with your hospital’s official website.';
const WARNING_ZH = '本指南从不让您付钱或停药。任何号码，请先到医院官网核对。';
/** The box around the sender's words, found from its label. */
const senderBox = (label: HTMLElement) => label.closest<HTMLElement>('[role="group"]')!;

describe('opening a handout link', () => {
  it('shows the chosen parts with key points and a Start link each, then the sender’s note, the emergency card and the questions', async () => {
    await open('zh', handout({ modules: ['risks', 'sle'], note: '复诊前请读完。', clinic: '风湿免疫科', contact: '护士站 010-1234 5678' }));
    // The handout itself arrives just after hydration (its code and the emergency card's words are a chunk of their own).
    const box = senderBox(await screen.findByRole('heading', { name: SENDER_ZH }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('干细胞指南阅读单');
    expect(document.title).toBe('干细胞指南阅读单 – 干细胞回输：患者指南');
    expect(box).toHaveTextContent('复诊前请读完。');
    expect(box).toHaveTextContent('风湿免疫科');
    expect(box).toHaveTextContent('护士站 010-1234 5678');
    // A phone number: the guide's one warning line, in the box.
    expect(within(box).getByText(WARNING_ZH)).toBeInTheDocument();

    const parts = screen.getAllByRole('listitem').filter((li) => li.classList.contains('handout__module'));
    expect(parts.map((p) => within(p).getByRole('heading').textContent)).toEqual(['风险、费用，以及如何核实机构和研究', '红斑狼疮（SLE）：细胞治疗的证据说明了什么']);
    // Key points from locales/zh/modules/sle.json, markup as words (no "**").
    expect(within(parts[1]!).getByText(/^千万不要自己停药或改药。/)).toBeInTheDocument();
    expect(parts[1]).not.toHaveTextContent('**');
    expect(within(parts[1]!).getByRole('link', { name: /^开始阅读：红斑狼疮/ })).toHaveAttribute('href', '/zh/modules/sle/what-is-lupus/');
    // The guide's own parts come before the sender's words.
    expect(parts[0]!.compareDocumentPosition(box) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();

    expect(screen.getByRole('heading', { name: /请立即拨打 120/ })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: '可以问医生的问题' }).nextElementSibling?.querySelectorAll('li').length).toBeGreaterThanOrEqual(6);
  });

  it('keeps the query in the language link', async () => {
    const query = encodeHandout(handout({ note: 'Read this first.' }));
    await renderRoute(`/en/handout/?${query}`);
    expect(screen.getByRole('link', { name: '中文' })).toHaveAttribute('href', `/zh/handout/?${query}`);
  });

  it('shows the reader’s own progress and continues where they stopped', async () => {
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ version: 1, modules: { sle: { stepsRead: ['what-is-lupus', 'lupus-nephritis'] } } }));
    await open('en', handout({ modules: ['sle'] }));
    expect(await screen.findByText(`On this device: 2 of ${sleModule.steps.length} pages read.`)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /^Continue reading: Lupus/ })).toHaveAttribute('href', '/en/modules/sle/standard-care/');
  });

  it('shows a hostile note as plain text, never as markup', async () => {
    const note = '<script>window.pwned = 1</script><img src=x onerror="window.pwned = 2">';
    await open('en', handout({ note }));
    expect(await screen.findByText(note)).toBeInTheDocument();
    expect(document.querySelector('main script, main img[src="x"]')).toBeNull();
    expect((window as { pwned?: number }).pwned).toBeUndefined();
  });

  it('counts the parts that are not in the guide, never echoes their ids, and shows the rest', async () => {
    await open('en', handout({ modules: ['add-wechat-abc123-for-5000-yuan-off', 'sle'] }));
    expect(await screen.findByText('1 part named in this link is not in the guide.')).toBeInTheDocument();
    expect(document.body).not.toHaveTextContent(/abc123/);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Reading list from the stem-cell guide');
    expect(screen.getByRole('heading', { name: /^Lupus \(SLE\)/ })).toBeInTheDocument();
  });

  it.each([
    ['en', 'parts named in this link are not in the guide.', '2 parts named in this link are not in the guide.'],
    ['zh', '链接中有', '链接中有 2 个部分不在本指南中。'],
  ] as const)('%s: two unknown parts are counted in the reader’s language', async (lang, find, line) => {
    await open(lang, handout({ modules: ['call-138-0013-8000', 'sle', 'vx-cure-lupus'] }));
    expect(await screen.findByText(new RegExp(find))).toHaveTextContent(line);
    expect(document.body).not.toHaveTextContent(/138-0013|cure-lupus/);
  });
});

describe('whose words the note is', () => {
  it.each([
    ['en', 'Reading list from the stem-cell guide', SENDER_EN, 'Please read parts 1 and 2 before your visit on Monday'],
    ['zh', '干细胞指南阅读单', SENDER_ZH, '请在复诊前阅读第1、2部分'],
  ] as const)('%s: the page names the guide, the box names the sender, and a plain note gets no warning', async (lang, title, label, note) => {
    await open(lang, handout({ note }));
    const box = senderBox(await screen.findByRole('heading', { name: label }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(title);
    expect(document.title).toMatch(new RegExp(`^${title} – `));
    expect(document.body).not.toHaveTextContent(/care team|医护团队/);
    expect(box).toHaveTextContent(note);
    // Plain weight, quoted: not in <strong>/<b>, inside a blockquote.
    expect(within(box).getByText(note).closest('strong, b')).toBeNull();
    expect(within(box).getByText(note).closest('blockquote')).not.toBeNull();
    expect(within(box).queryByText(lang === 'en' ? WARNING_EN : WARNING_ZH)).not.toBeInTheDocument();
    // The guide's title comes before the box.
    const h1 = screen.getByRole('heading', { level: 1 });
    expect(h1.compareDocumentPosition(box) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  const triggers = {
    phone: { en: { contact: 'Ward phone 138 0013 8000' }, zh: { contact: '病区电话：13800138000' } },
    web: { en: { note: 'More at www.xx-cell.com' }, zh: { note: '更多内容见 xxcell.cn' } },
    wechat: { en: { contact: 'WeChat: xxrm-cell' }, zh: { contact: '加微信 xxrm-cell' } },
    money: { en: { note: 'Only ¥5,000 this month.' }, zh: { note: '本月只要5000元。' } },
    'stop-medicine': { en: { note: 'Stop your medicines before the visit.' }, zh: { note: '来之前请先停药。' } },
    payment: { en: { clinic: 'Pay the deposit at the front desk' }, zh: { clinic: '请先交定金' } },
  } as const;
  for (const [kind, byLang] of Object.entries(triggers)) {
    it.each([
      ['en', SENDER_EN, WARNING_EN],
      ['zh', SENDER_ZH, WARNING_ZH],
    ] as const)(`${kind}, %s: the box adds the warning line once`, async (lang, label, warning) => {
      await open(lang, handout(byLang[lang]));
      const box = senderBox(await screen.findByRole('heading', { name: label }));
      expect(within(box).getAllByText(warning)).toHaveLength(1);
      expect(box).toHaveTextContent(Object.values(byLang[lang])[0]!);
    });
  }

  it('nothing from the link becomes a link, whatever it looks like', async () => {
    await open('en', handout({ note: 'Call 138 0013 8000 or see https://xx-cell.example', clinic: 'www.xx-cell.com', contact: 'mailto:a@xx-cell.com · tel:+8613800138000' }));
    const box = senderBox(await screen.findByRole('heading', { name: SENDER_EN }));
    expect(within(box).queryAllByRole('link')).toEqual([]);
    expect(box.querySelector('a, [href]')).toBeNull();
    // Every link on the page is the site's own (the language link carries the query, as text in its path).
    for (const a of document.querySelectorAll('a')) {
      expect(a.getAttribute('href')).toMatch(/^(\/(en|zh)\/|#)/);
      expect(a.textContent).not.toMatch(/xx-cell|138/);
    }
  });
});

describe('a damaged link', () => {
  it('cut off: says so, in the page language, and shows what could be read', async () => {
    const query = encodeHandout(handout({ modules: ['sle', 'risks'], note: 'Please read both parts.' }));
    await renderRoute(`/zh/handout/?${query.slice(0, query.indexOf('&k='))}`);
    expect(await screen.findByRole('heading', { level: 1, name: '这个链接已损坏或不完整' })).toBeInTheDocument();
    expect(screen.getByText('链接末尾缺失，可能被截断了。')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: '从链接中能读出的内容' })).toBeInTheDocument();
    const box = senderBox(screen.getByRole('heading', { name: SENDER_ZH }));
    expect(within(box).getByText('Please read both parts.')).toBeInTheDocument();
    expect(within(box).getByText('这段留言可能不完整或被改动过。照着做之前，请先问您自己的医生。')).toBeInTheDocument();
    expect(document.body).not.toHaveTextContent(/care team|医护团队/);
    // The recovered parts first (to their first page), then every part of the guide.
    expect(screen.getAllByRole('link', { name: /^红斑狼疮/ })[0]).toHaveAttribute('href', '/zh/modules/sle/what-is-lupus/');
    expect(screen.getAllByRole('link', { name: /^风险、费用/ })[0]).toHaveAttribute('href', '/zh/modules/risks/msc-risks/');
  });

  it('a note with a right-to-left override is left out with a reason', async () => {
    const note = 'Take 1\u202E01 tablets';
    await renderRoute(`/en/handout/?v=1&m=sle&n=${encodeText(note)}&k=${checkCode(handout({ note }))}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'This link is damaged or incomplete' })).toBeInTheDocument();
    expect(screen.getByText('The note in the link contained hidden characters that can disguise text, so it is not shown.')).toBeInTheDocument();
    expect(screen.queryByText(/tablets/)).not.toBeInTheDocument();
  });

  it.each([
    ['en', 'This link is damaged or incomplete', SENDER_EN, WARNING_EN, '2 parts named in this link are not in the guide.'],
    ['zh', '这个链接已损坏或不完整', SENDER_ZH, WARNING_ZH, '链接中有 2 个部分不在本指南中。'],
  ] as const)('%s: what could be read is still marked as the sender’s, with the warning; unknown parts are counted, not echoed', async (lang, title, label, warning, counted) => {
    const query = encodeHandout(handout({ modules: ['sle', 'wx-xxrm888', 'pay-5000-yuan'], note: 'Stop your medicines. WeChat xxrm888' }));
    await renderRoute(`/${lang}/handout/?${query.slice(0, query.indexOf('&k='))}`);
    expect(await screen.findByRole('heading', { level: 1, name: title })).toBeInTheDocument();
    const box = senderBox(screen.getByRole('heading', { name: label }));
    expect(within(box).getByText(warning)).toBeInTheDocument();
    expect(within(box).getByText('Stop your medicines. WeChat xxrm888')).toBeInTheDocument();
    expect(screen.getByText(counted)).toBeInTheDocument();
    expect(document.body).not.toHaveTextContent(/wx-xxrm888|pay-5000-yuan/);
    // The guide's own words (what went wrong, the parts it could read) come before the sender's.
    const parts = screen.getAllByRole('link', { name: /^(Lupus|红斑狼疮)/ })[0]!;
    expect(parts.compareDocumentPosition(box) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('nothing readable: says so and links to every part', async () => {
    await renderRoute('/en/handout/?v=1&m=%%%');
    expect(await screen.findByRole('heading', { level: 1, name: 'This link is damaged or incomplete' })).toBeInTheDocument();
    expect(screen.getByText('Nothing in this link could be read.')).toBeInTheDocument();
    const all = screen.getByRole('heading', { name: 'All parts of the guide' }).nextElementSibling as HTMLElement;
    expect(within(all).getAllByRole('link')).toHaveLength(moduleIds.length);
  });
});
