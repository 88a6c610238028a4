import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ReviewState } from '../../src/content/review-check';
import type { ContentKey } from '../../src/content/reviews';
import { contentLastReviewed } from '../../src/content/content-version';
import { encodeHandout } from '../../src/handout/handout-link';
import { formatDate } from '../../src/i18n/format-date';
import { careLevels } from '../../src/content/care-cards';
import { moduleIds } from '../../src/content/module-ids';
import { renderRoute } from './render-route';

// What the build would write in: a contact address (or none) and review states for a fixture
// reviewer (the real record is empty; tests/unit/clinical-review.test.ts checks the hashing).
const build = vi.hoisted(() => ({ email: '', states: {} as Partial<Record<string, unknown>> }));
vi.mock('../../src/app/build-constants', () => ({
  get contactEmail() {
    return build.email;
  },
  siteUrl: 'https://guide.example',
}));
vi.mock('../../src/content/clinical-review', () => ({
  clinicalReview: (key: ContentKey) => (build.states[key] as ReviewState | undefined) ?? { state: 'unsigned' },
}));

const fixture = { reviewer: 'Dr Fixture Reviewer', role: 'consultant rheumatologist', date: '2027-01-05' };

afterEach(() => {
  build.email = '';
  build.states = {};
});

describe('About this guide', () => {
  it('says who makes it, how facts are chosen and checked, no ads or tracking, what stays on the device; nothing is clinically reviewed yet', async () => {
    await renderRoute('/en/about/');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('About this guide');
    for (const name of ['Who makes it', 'How facts are chosen', 'How and when the content is checked', 'What a clinician has reviewed', 'No advertising, no sponsor, no tracking', 'What is kept on your device', 'Report a mistake'])
      expect(screen.getByRole('heading', { level: 2, name })).toBeInTheDocument();
    expect(screen.getByText(/A fact that could not be checked stays off the pages/)).toBeInTheDocument();
    expect(screen.getByText(`This is content version 1.2, last checked on ${formatDate(contentLastReviewed, 'en')}.`)).toBeInTheDocument();
    expect(screen.getByText(/No part of this guide has been reviewed by a clinician yet/)).toBeInTheDocument();
    const awaiting = screen.getByText('These parts await clinical review:').nextElementSibling as HTMLElement;
    expect(within(awaiting).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'What stem-cell infusion is',
      'MSC and HSC: two different kinds of stem cell',
      'Lupus (SLE) and what the evidence on cell therapies shows',
      'Risks, costs and how to check a clinic or a study',
      'Care card: when to get help now',
      'Care card: when to call your doctor straight away',
      'Care card: what to raise at your next visit',
    ]);
    expect(screen.getByRole('link', { name: 'What changed in each version' })).toHaveAttribute('href', '/en/about/changes/');
    // No CONTACT_EMAIL: the page says so, and no page has the report link.
    expect(screen.getByText(/This copy of the guide has no contact address/)).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Report a problem with this page' })).toBeNull();
    expect(within(screen.getByRole('contentinfo')).getByRole('link', { name: 'About this guide' })).toHaveAttribute('href', '/en/about/');
  });

  it('lists what a clinician signed off, and what changed since', async () => {
    build.states = { 'module:risks': { state: 'current', ...fixture }, 'care-card:emergency': { state: 'changed', ...fixture } };
    await renderRoute('/en/about/');
    const done = screen.getByText('These parts have been reviewed by a clinician:').nextElementSibling as HTMLElement;
    expect(within(done).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Risks, costs and how to check a clinic or a study: reviewed by Dr Fixture Reviewer, consultant rheumatologist, on 5 January 2027',
    ]);
    const awaiting = screen.getByText('These parts await clinical review:').nextElementSibling as HTMLElement;
    expect(within(awaiting).getByText('Care card: when to get help now: changed since Dr Fixture Reviewer reviewed it on 5 January 2027')).toBeInTheDocument();
    // Every part and care card but the one signed and still current.
    expect(within(awaiting).getAllByRole('listitem')).toHaveLength(moduleIds.length + careLevels.length - 1);
    expect(screen.queryByText(/No part of this guide has been reviewed/)).toBeNull();
  });

  it('in Chinese', async () => {
    await renderRoute('/zh/about/');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('关于本指南');
    expect(screen.getByText('本指南目前还没有任何部分经过临床医生审核。各部分的事实仍按上面所说，对照出处核实过。')).toBeInTheDocument();
    expect(screen.getByText(`这是第 1.2 版内容，最近一次核查在 ${formatDate(contentLastReviewed, 'zh')}。`)).toBeInTheDocument();
  });
});

describe('Report a problem with this page', () => {
  it('with CONTACT_EMAIL: every page has the link, a mail to that address with the page address and content version filled in', async () => {
    build.email = 'guide@clinic.example';
    await renderRoute('/en/modules/risks/');
    const link = within(screen.getByRole('contentinfo')).getByRole('link', { name: 'Report a problem with this page' });
    const href = link.getAttribute('href')!;
    expect(href).toMatch(/^mailto:guide@clinic\.example\?subject=/);
    const url = new URL(href);
    expect(url.searchParams.get('subject')).toBe('Report a problem with this page');
    expect(url.searchParams.get('body')).toBe('Page: https://guide.example/en/modules/risks/\r\nContent version: 1.2\r\n\r\nWhat is wrong on this page?\r\n');
  });

  it('with CONTACT_EMAIL: the About page gives the address', async () => {
    build.email = 'guide@clinic.example';
    await renderRoute('/zh/about/');
    expect(screen.getByRole('link', { name: 'guide@clinic.example' })).toHaveAttribute('href', 'mailto:guide@clinic.example');
    expect(screen.queryByText(/没有设置联系邮箱/)).toBeNull();
    const link = within(screen.getByRole('contentinfo')).getByRole('link', { name: '报告本页的问题' });
    expect(new URL(link.getAttribute('href')!).searchParams.get('body')).toContain('页面：https://guide.example/zh/about/\r\n内容版本：1.2');
  });

  it('the footer shows the content version on every page', async () => {
    await renderRoute('/zh/glossary/');
    expect(screen.getByRole('contentinfo')).toHaveTextContent('内容版本 1.2');
  });
});

describe('What changed', () => {
  it('lists every content version, newest first, each with its date and changes, in both languages', async () => {
    await renderRoute('/en/about/changes/');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('What changed in this guide');
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(['Version 1.2', 'Version 1.1', 'Version 1.0']);
    const v12 = screen.getByRole('region', { name: 'Version 1.2' });
    expect(within(v12).getByText('This is the version you are reading.')).toBeInTheDocument();
    expect(within(v12).getByText(/one clear rule for fever/)).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Version 1.1' })).getByText('Content checked on 1 December 2026')).toBeInTheDocument();
    expect(within(screen.getByRole('main')).getByRole('link', { name: 'About this guide' })).toHaveAttribute('href', '/en/about/');
  });

  it('in Chinese', async () => {
    await renderRoute('/zh/about/changes/');
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(['第 1.2 版', '第 1.1 版', '第 1.0 版']);
    expect(screen.getByText('新增一页：已经做过输注？现在该怎么办。')).toBeInTheDocument();
  });
});

describe('"Reviewed by" only while the content is as signed', () => {
  it.each([
    ['signed and current', { state: 'current', ...fixture }, true],
    ['changed since sign-off', { state: 'changed', ...fixture }, false],
    ['never signed', undefined, false],
  ])('module front page: %s', async (_name, state, shown) => {
    if (state) build.states = { 'module:risks': state };
    await renderRoute('/en/modules/risks/');
    expect(screen.queryByText('Reviewed by Dr Fixture Reviewer, consultant rheumatologist, on 5 January 2027.') !== null).toBe(shown);
  });

  it.each([
    ['signed and current', 'current', true],
    ['changed since sign-off', 'changed', false],
  ])('care card on the ask-your-doctor page: %s; never inside the card', async (_name, state, shown) => {
    build.states = { 'care-card:urgent': { state, ...fixture } };
    await renderRoute('/en/ask-your-doctor/');
    const line = screen.queryByText('Reviewed by Dr Fixture Reviewer, consultant rheumatologist, on 5 January 2027.');
    expect(line !== null).toBe(shown);
    if (line) {
      expect(line.closest('.care-card')).toBeNull();
      expect(line.previousElementSibling).toHaveClass('care-card--urgent');
    }
    for (const card of document.querySelectorAll('.care-card')) expect(card.textContent).not.toMatch(/review/i);
  });
});

describe('a handout prints both cards and says what awaits clinical review', () => {
  const open = (lang: 'en' | 'zh') => renderRoute(`/${lang}/handout/?${encodeHandout({ modules: ['sle', 'risks'], note: '', clinic: '', contact: '' })}`);

  it('nothing signed: one plain line in the small print, nothing in the cards', async () => {
    await open('en');
    expect(await screen.findByText('No part of this handout has been reviewed by a clinician yet.', {})).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: /^Immediate action required: Call 120/ })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Urgent advice: Call your doctor straight away if you have:' })).toBeInTheDocument();
    for (const card of document.querySelectorAll('.care-card')) expect(card.textContent).not.toMatch(/review/i);
  });

  it('some parts signed: which are reviewed, by whom, and which await review', async () => {
    build.states = {
      'module:sle': { state: 'current', ...fixture },
      'care-card:emergency': { state: 'current', ...fixture },
      'care-card:urgent': { state: 'changed', ...fixture },
    };
    await open('zh');
    const line = await screen.findByText(/^已经过临床医生审核：/, {});
    expect(line).toHaveTextContent(
      '已经过临床医生审核：红斑狼疮（SLE）：细胞治疗的证据说明了什么（Dr Fixture Reviewer，2027年1月5日审核）。 尚未经过临床医生审核：风险、费用，以及如何核实机构和研究；就医提示卡。',
    );
  });
});
