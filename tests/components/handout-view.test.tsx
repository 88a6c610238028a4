import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { checkCode, encodeHandout, encodeText, type Handout } from '../../src/handout/handout-link';
import { resetProgressCache } from '../../src/progress/use-progress';
import { STORAGE_KEY } from '../../src/progress/progress-store';
import { renderRoute } from './render-route';

const handout = (h: Partial<Handout>): Handout => ({ modules: ['sle'], note: '', clinic: '', contact: '', ...h });
const open = (lang: 'en' | 'zh', h: Handout) => renderRoute(`/${lang}/handout/?${encodeHandout(h)}`);

afterEach(() => {
  localStorage.clear();
  resetProgressCache();
});

describe('opening a handout link', () => {
  it('shows the note, the chosen parts with key points and a Start link each, the emergency card and the questions', async () => {
    await open('zh', handout({ modules: ['risks', 'sle'], note: '复诊前请读完。', clinic: '风湿免疫科', contact: '护士站 010-1234 5678' }));
    // The handout itself arrives just after hydration (its code and the emergency card's words are a chunk of their own).
    const from = (await screen.findByRole('heading', { name: '来自您的医护团队' })).parentElement!;
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('医护团队为您选的阅读内容');
    expect(from).toHaveTextContent('复诊前请读完。');
    expect(from).toHaveTextContent('风湿免疫科');
    expect(from).toHaveTextContent('护士站 010-1234 5678');

    const parts = screen.getAllByRole('listitem').filter((li) => li.classList.contains('handout__module'));
    expect(parts.map((p) => within(p).getByRole('heading').textContent)).toEqual(['风险、费用，以及如何核实机构和研究', '红斑狼疮（SLE）：细胞治疗的证据说明了什么']);
    // Key points from locales/zh/modules/sle.json, markup as words (no "**").
    expect(within(parts[1]!).getByText('千万不要自己停用或更改狼疮药物，先问风湿免疫科医生。')).toBeInTheDocument();
    expect(within(parts[1]!).getByRole('link', { name: /^开始阅读：红斑狼疮/ })).toHaveAttribute('href', '/zh/modules/sle/what-is-lupus/');

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
    expect(await screen.findByText('On this device: 2 of 8 pages read.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /^Continue reading: Lupus/ })).toHaveAttribute('href', '/en/modules/sle/standard-care/');
  });

  it('shows a hostile note as plain text, never as markup', async () => {
    const note = '<script>window.pwned = 1</script><img src=x onerror="window.pwned = 2">';
    await open('en', handout({ note }));
    expect(await screen.findByText(note)).toBeInTheDocument();
    expect(document.querySelector('main script, main img[src="x"]')).toBeNull();
    expect((window as { pwned?: number }).pwned).toBeUndefined();
  });

  it('names a part that is no longer in the guide, and shows the rest', async () => {
    await open('en', handout({ modules: ['old-part', 'sle'] }));
    expect(await screen.findByText(/One part named in this link is no longer in the guide \(old-part\)/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Reading from your care team');
    expect(screen.getByRole('heading', { name: /^Lupus \(SLE\)/ })).toBeInTheDocument();
  });
});

describe('a damaged link', () => {
  it('cut off: says so, in the page language, and shows what could be read', async () => {
    const query = encodeHandout(handout({ modules: ['sle', 'risks'], note: 'Please read both parts.' }));
    await renderRoute(`/zh/handout/?${query.slice(0, query.indexOf('&k='))}`);
    expect(await screen.findByRole('heading', { level: 1, name: '这个链接已损坏或不完整' })).toBeInTheDocument();
    expect(screen.getByText('链接末尾缺失，可能被截断了。')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: '从链接中能读出的内容' })).toBeInTheDocument();
    expect(screen.getByText('Please read both parts.')).toBeInTheDocument();
    expect(screen.getByText('这段留言可能不完整或被改动过，请向您的医护团队核实。')).toBeInTheDocument();
    // The recovered parts first (to their first page), then every part of the guide.
    expect(screen.getAllByRole('link', { name: /^红斑狼疮/ })[0]).toHaveAttribute('href', '/zh/modules/sle/what-is-lupus/');
    expect(screen.getAllByRole('link', { name: /^风险、费用/ })[0]).toHaveAttribute('href', '/zh/modules/risks/msc-risks/');
  });

  it('a note with a right-to-left override is left out with a reason', async () => {
    const note = 'Take 1\u202E01 tablets';
    await renderRoute(`/en/handout/?v=1&m=sle&n=${encodeText(note)}&k=${checkCode(handout({ note }))}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'This link is damaged or incomplete' })).toBeInTheDocument();
    expect(screen.getByText('The note from the care team contained hidden characters that can disguise text, so it is not shown.')).toBeInTheDocument();
    expect(screen.queryByText(/tablets/)).not.toBeInTheDocument();
  });

  it('nothing readable: says so and links to every part', async () => {
    await renderRoute('/en/handout/?v=1&m=%%%');
    expect(await screen.findByRole('heading', { level: 1, name: 'This link is damaged or incomplete' })).toBeInTheDocument();
    expect(screen.getByText('Nothing in this link could be read.')).toBeInTheDocument();
    const all = screen.getByRole('heading', { name: 'All parts of the guide' }).nextElementSibling as HTMLElement;
    expect(within(all).getAllByRole('link')).toHaveLength(4);
  });
});
