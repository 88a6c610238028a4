import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import commonEn from '../../locales/en/common.json';
import risksEn from '../../locales/en/modules/risks.json';
import { modules } from '../../src/content/modules';
import { renderRoute } from './render-route';

describe('app shell', () => {
  it.each([
    ['/en/', 'Ask your doctor', '中文', '/zh/'],
    ['/zh/', '问问您的医生', 'English', '/en/'],
  ])('%s has the ask-your-doctor entry, a language link and the not-advice footer', async (url, ask, other, otherHref) => {
    await renderRoute(url);
    const banner = screen.getByRole('banner');
    expect(within(banner).getByRole('link', { name: ask })).toHaveAttribute('href', url + 'ask-your-doctor/');
    expect(within(banner).getByRole('link', { name: other })).toHaveAttribute('href', otherHref);
    expect(screen.getByRole('contentinfo')).toHaveTextContent(url === '/en/' ? 'It is not medical advice' : '不是医疗建议');
    expect(screen.getByRole('link', { name: url === '/en/' ? 'Skip to main content' : '跳到正文' })).toHaveAttribute('href', '#main');
  });
});

describe('larger text', () => {
  it.each([
    ['/en/', 'Larger text'],
    ['/zh/', '放大文字'],
  ])('%s: a toggle button in the header that enlarges the text and remembers it', async (url, name) => {
    const user = userEvent.setup();
    await renderRoute(url);
    const toggle = within(screen.getByRole('banner')).getByRole('button', { name });
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(document.documentElement.dataset.textSize).toBe('large');
    expect(localStorage.getItem('sci-text-size')).toBe('large');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    expect(document.documentElement.dataset.textSize).toBeUndefined();
    expect(localStorage.getItem('sci-text-size')).toBeNull();
  });
});

describe('home', () => {
  it('lists the four modules in order with reading time', async () => {
    await renderRoute('/en/');
    const path = screen.getByRole('list', { name: 'Your learning path' });
    const titles = within(path).getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(titles).toHaveLength(modules.length);
    expect(within(path).getAllByRole('link')[0]).toHaveAttribute('href', '/en/modules/infusion/');
    expect(screen.getAllByText(/About \d+ minutes/)).toHaveLength(modules.length);
  });
});

describe('a module step', () => {
  it('shows its words, a pager and its sources; a marked term reveals its definition on tap', async () => {
    const infusion = modules.find((m) => m.id === 'infusion')!;
    await renderRoute(`/en/modules/infusion/${infusion.steps[0]}/`);
    // The pager's words from the locale file, the count from the module: adding a step changes neither test.
    const pageOf = commonEn.module.stepOf.replace('{{current}}', '1').replace('{{total}}', String(infusion.steps.length));
    expect(screen.getByText(pageOf, { exact: false })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'In this part' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Sources' })).toBeInTheDocument();
    const term = screen.getAllByRole('link', { name: /What does “.+” mean\?/ })[0]!;
    expect(term).toHaveAttribute('aria-expanded', 'false');
    const definition = document.getElementById(term.getAttribute('aria-controls') ?? '');
    expect(definition).not.toBeVisible();
    await userEvent.click(term);
    expect(term).toHaveAttribute('aria-expanded', 'true');
    expect(definition).toBeVisible();
    expect(definition?.textContent).toMatch(/^ \([^()]+[^.]\)$/);
  });

  it('shows a definition in Chinese brackets, without a full stop before the sentence goes on', async () => {
    await renderRoute('/zh/modules/sle/lupus-nephritis/');
    const term = screen.getAllByRole('link', { name: /“.+”是什么意思/ })[0]!;
    await userEvent.click(term);
    const definition = document.getElementById(term.getAttribute('aria-controls') ?? '');
    expect(definition?.textContent).toMatch(/^（[^（）]+[^。]）$/);
  });

  it.each([
    ['/en/modules/risks/key-points/', 'Key points', 'What is known and what is not'],
    ['/zh/modules/risks/key-points/', '要点', '已经知道的和还不知道的'],
  ])('%s: the last step lists the key points once, under its own title, then what is known and not', async (url, title, knownHeading) => {
    await renderRoute(url);
    expect(screen.getAllByRole('heading', { name: title })).toHaveLength(1);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(title);
    const firstList = within(screen.getByRole('main')).getAllByRole('list')[0]!;
    const keyPoints = risksEn.steps['key-points'].blocks.find((b) => b.type === 'keyPoints');
    const items = keyPoints?.items ?? [];
    expect(items.length).toBeGreaterThan(0);
    expect(within(firstList).getAllByRole('listitem')).toHaveLength(items.length);
    expect(screen.getByRole('heading', { level: 2, name: new RegExp(knownHeading) })).toBeInTheDocument();
  });

  it('an unknown step is a translated "not found", not a crash', async () => {
    await renderRoute('/zh/modules/infusion/nope/');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('找不到这个页面');
  });

  it('an unknown language shows the English "not found" inside the site', async () => {
    await renderRoute('/xx/modules/');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Page not found');
    expect(screen.getByRole('link', { name: '中文' })).toHaveAttribute('href', '/zh/');
  });
});

describe('word list', () => {
  it('shows each term with its name in the other language', async () => {
    await renderRoute('/zh/glossary/');
    const entry = document.getElementById('term-msc');
    expect(entry).toHaveTextContent('MSC');
    expect(entry?.querySelector('[lang="en"]')).not.toBeNull();
    // No brackets added around it: a term such as "Hydroxychloroquine (HCQ)" would get brackets inside brackets.
    expect(entry?.querySelector('[lang="en"]')?.textContent).not.toMatch(/^\(/);
  });
});
