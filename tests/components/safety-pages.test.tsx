import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { STORAGE_KEY } from '../../src/progress/progress-store';
import { keyQuestionIds } from '../../src/safety/key-questions';
import { renderRoute } from './render-route';

describe('ask your doctor', () => {
  it('opens with what the page is for, then the three care cards one after another, and links onward', async () => {
    await renderRoute('/en/ask-your-doctor/');
    const main = screen.getByRole('main');
    // Main message first: the page's purpose, right under its title.
    expect(screen.getByRole('heading', { level: 1 }).nextElementSibling).toHaveTextContent(/^Use this page to know when to get help fast/);
    expect(within(main).getByText(/It is not medical advice/)).toBeInTheDocument();
    const section = screen.getByRole('region', { name: 'When to get help: now, today or at your next visit' });
    const cards = within(section).getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(cards).toEqual([
      'Immediate action required: Call 120 in mainland China, or your local emergency number, now if you have:',
      'Urgent advice: Call your doctor straight away if you have:',
      'Non-urgent advice: Talk to your doctor at your next visit if:',
    ]);
    // The emergency signs under their four short headings.
    expect(within(section).getAllByRole('heading', { level: 4 }).map((h) => h.textContent)).toEqual([
      'Breathing and chest',
      'Allergy and skin',
      'Fever and infection',
      'Brain and nerves',
      'Lupus medicines that weaken the immune system',
    ]);
    expect(within(section).getByText('a fever of 38 °C or more, or shivering, after chemotherapy, a stem-cell transplant or CAR-T')).toBeInTheDocument();
    expect(within(section).getByText('biologics, given by injection or drip: belimumab, telitacicept, anifrolumab, rituximab')).toBeInTheDocument();
    expect(within(section).getByText('If you cannot reach your doctor, go to a hospital today. Do not wait for your next visit.')).toBeInTheDocument();
    // No list on the page is longer than 7 items (the reference list of sources aside).
    for (const list of main.querySelectorAll('ul, ol')) if (!list.closest('.ask-doctor__sources')) expect(list.querySelectorAll(':scope > li').length).toBeLessThanOrEqual(7);
    // Nobody has signed off: no review status anywhere in the cards, and no "Reviewed by" line.
    expect(section.textContent).not.toMatch(/review/i);
    expect(screen.getByRole('link', { name: 'Choose your questions and print them' })).toHaveAttribute('href', '/en/questions/');
    expect(screen.getByRole('link', { name: 'Check a claim: is this a warning sign?' })).toHaveAttribute('href', '/en/claim-checker/');
    expect(screen.getByRole('link', { name: 'How to check a study, step by step' })).toHaveAttribute('href', '/en/modules/risks/check-a-study/');
    const dont = screen.getByRole('heading', { name: 'Do not' }).closest('div')!;
    for (const item of within(dont).getAllByRole('listitem')) expect(item.textContent).toMatch(/^Do not /);
    expect(screen.getByRole('link', { name: 'https://www.nice.org.uk/guidance/cg151' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'https://lupusnsw.org.au/living-with-lupus/infections/' })).toBeInTheDocument();
  });

  it('in Chinese, with the translated prefixes and the medicines by their Chinese names', async () => {
    await renderRoute('/zh/ask-your-doctor/');
    expect(screen.getByRole('heading', { name: /^紧急情况：\s*出现以下情况，请立即拨打 120（或当地急救电话）：$/ })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: /^尽快就医：\s*出现以下情况，请马上给您的主治医生打电话：$/ })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: /^一般建议：/ })).toBeInTheDocument();
    expect(screen.getByText('生物制剂（打针或输液用）：贝利尤单抗、泰它西普、阿伏利尤单抗、利妥昔单抗')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: '什么时候求助：马上、当天，还是下次看病时' }).textContent).not.toMatch(/审核/);
    const dont = screen.getByRole('heading', { name: '不要做' }).closest('div')!;
    for (const item of within(dont).getAllByRole('listitem')) expect(item.textContent).toMatch(/^不要/);
  });
});

describe('care card in a module', () => {
  it('the risks module shows the emergency card, grouped, with no review status', async () => {
    await renderRoute('/en/modules/risks/msc-risks/');
    // The card is a lazy chunk of its own: give it time to arrive.
    const heading = await screen.findByRole('heading', { name: /^Immediate action required: Call 120 in mainland China, or your local emergency number/ });
    const card = heading.closest('.care-card')!;
    expect(within(card as HTMLElement).getByRole('heading', { name: 'Fever and infection' })).toBeInTheDocument();
    expect(card.textContent).not.toMatch(/review/i);
  });
});

describe('questions for your doctor', () => {
  it('builds a list whose link opens the same list again', async () => {
    const user = userEvent.setup();
    const first = await renderRoute('/en/questions/');
    await user.click(screen.getByRole('checkbox', { name: /Where do the cells come from/ }));
    await user.click(screen.getByRole('checkbox', { name: /Is this treatment approved for my disease/ }));
    await user.type(screen.getByRole('textbox', { name: /Your question 1/ }), 'Can I keep working?');
    const link = screen.getByRole('textbox', { name: 'Link to your list' }) as HTMLInputElement;
    await waitFor(() => expect(link.value).toMatch(/\/en\/questions\/\?v=1&q=approved\.cell-source&o=Can\+I\+keep\+working%3F$/));
    await waitFor(() => expect(first.router.state.location.search).toBe('?v=1&q=approved.cell-source&o=Can+I+keep+working%3F'));
    first.unmount();

    await renderRoute(new URL(link.value).pathname + new URL(link.value).search);
    // The link is read once its codec has loaded (it loads only for a page opened with a link).
    await waitFor(() => expect(screen.getByRole('checkbox', { name: /Is this treatment approved for my disease/ })).toBeChecked());
    expect(screen.getByRole('checkbox', { name: /Where do the cells come from/ })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: /What are the risks/ })).not.toBeChecked();
    expect(screen.getByRole('textbox', { name: /Your question 1/ })).toHaveValue('Can I keep working?');
    expect(screen.queryByText(/This link was damaged/)).toBeNull();
  });

  it('opens a hostile link as plain text, with a short notice', async () => {
    const text = encodeURIComponent('<script>alert(1)</script>Is it \u202Esafe?');
    await renderRoute(`/en/questions/?v=1&q=risks.evil&o=${text}&o=${'x'.repeat(10_000)}`);
    expect(await screen.findByText('This link was damaged or changed. We kept what we could read and left out the rest.')).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: /What are the risks/ })).toBeChecked();
    expect(screen.getByRole('textbox', { name: /Your question 1/ })).toHaveValue('alert(1) Is it safe?');
    expect((screen.getByRole('textbox', { name: /Your question 2/ }) as HTMLTextAreaElement).value).toHaveLength(300);
    expect(document.querySelector('main script')).toBeNull();
  });

  it('lists the topics missed in quizzes, linked to the page that teaches them', async () => {
    localStorage.setItem(
      STORAGE_KEY,
      JSON.stringify({ version: 1, modules: { risks: { stepsRead: [], quiz: { answers: { 'q-pay-for-study': ['no'] }, checked: ['q-pay-for-study'] } } } }),
    );
    await renderRoute('/en/questions/');
    const topic = await screen.findByRole('link', { name: /: The rules in China$/ });
    expect(topic).toHaveAttribute('href', '/en/modules/risks/china-rules/');
    expect(screen.queryByText(/any points you miss will show here/)).toBeNull();
  });

  it('prints what the reader chose: every standard question when none is ticked, their own, and missed topics as questions', async () => {
    localStorage.setItem(
      STORAGE_KEY,
      JSON.stringify({ version: 1, modules: { risks: { stepsRead: [], quiz: { answers: { 'q-pay-for-study': ['no'] }, checked: ['q-pay-for-study'] } } } }),
    );
    await renderRoute('/en/questions/?v=1&o=Can+I+keep+working%3F');
    await screen.findByRole('link', { name: /: The rules in China$/ });
    const printed = () => [...document.querySelectorAll('.question-print li')].map((li) => li.textContent);
    await waitFor(() => expect(printed()).toContain('Can I keep working?'));
    expect(printed()).toHaveLength(keyQuestionIds.length + 2);
    expect(printed()).toContain('Can we go over “The rules in China” (from the part “Risks, costs and how to check a clinic or a study”)?');

    // Ticking one question prints that one, with the reader's own and the missed topic.
    await userEvent.setup().click(screen.getByRole('checkbox', { name: /What are the risks/ }));
    expect(printed()).toEqual([expect.stringMatching(/risks/), 'Can I keep working?', expect.stringMatching(/^Can we go over/)]);
  });
});

describe('check a clinic’s ad', () => {
  it('explains each ticked claim, as a claim, with what to ask and its sources, and lists it for the doctor', async () => {
    const user = userEvent.setup();
    const { router } = await renderRoute('/en/claim-checker/');
    expect(screen.queryByText('Why this is not true')).toBeNull();
    const claim = screen.getByRole('checkbox', { name: 'Claim (not true): “One shot works”' });
    await user.click(claim);
    await screen.findAllByText(/a claim that “one shot works” can be treated as a scam/, {});
    const why = document.getElementById(claim.getAttribute('aria-describedby') ?? '')!;
    expect(why).toBeVisible();
    expect(why).toHaveTextContent(/National Health Commission says a claim that “one shot works” can be treated as a scam/);
    expect(why).toHaveTextContent(/What to ask: What exactly gets better/);
    expect(within(why).getByRole('link', { name: 'https://www.nhc.gov.cn/' })).toBeInTheDocument();
    expect(within(why).getByRole('link', { name: 'Link to this claim' })).toHaveAttribute('href', '#claim-one-shot');

    await user.click(screen.getByRole('checkbox', { name: 'Warning sign: You must pay to join a “study”' }));
    const list = screen.getByRole('region', { name: 'Your list for the doctor' });
    expect(within(list).getByText('Claims in your list: 2')).toBeInTheDocument();
    expect(within(list).getAllByRole('listitem').filter((li) => li.classList.contains('claim-card'))).toHaveLength(2);
    // The address holds the list as claim ids only.
    await waitFor(() => expect(router.state.location.search).toBe('?v=1&c=one-shot,pay-study'));
  });

  it('gives every claim its own anchor, grouped under the four headings', async () => {
    await renderRoute('/en/claim-checker/');
    for (const id of ['no-rejection', 'survival-92', 'one-shot', 'no-number']) expect(document.getElementById(`claim-${id}`)).not.toBeNull();
    for (const legend of ['Promises of safety', '“Proof” that it works', 'Approval and the law', 'Money, place and travel']) expect(screen.getByRole('group', { name: legend })).toBeInTheDocument();
  });

  it('checks a pasted ad on the device: marks the phrases, lists the claims, keeps the text out of the address', async () => {
    const user = userEvent.setup();
    const { router } = await renderRoute('/zh/claim-checker/');
    const box = screen.getByRole('textbox', { name: '宣传的文字（中文或英文均可）' });
    await user.click(box);
    await user.paste('臍帶幹細胞無排斥，存活率９２．５％！<b>点击</b>');
    await user.click(screen.getByRole('button', { name: '核对这段宣传' }));
    expect(await screen.findByText('在宣传里找到的说法：2 条')).toBeInTheDocument();
    const marks = [...document.querySelectorAll('mark')].map((m) => m.textContent);
    expect(marks).toEqual(['無排斥', '存活率９２．５％']);
    // Markup in the paste is shown as text.
    expect(document.querySelector('.ad-marked b')).toBeNull();
    expect(document.querySelector('.ad-marked')).toHaveTextContent('<b>点击</b>');
    expect(screen.getByText(/没找到，不代表这段宣传就可信/)).toBeInTheDocument();
    const list = screen.getByRole('region', { name: '带给医生看的清单' });
    expect(within(list).getAllByText(/宣传说法（不对）：/).length).toBeGreaterThan(0);
    expect(await within(list).findByText(/别人捐献的干细胞（MSC）并不能躲过免疫系统/, {})).toBeInTheDocument();
    await waitFor(() => expect(router.state.location.search).toBe('?v=1&c=no-rejection,survival-92'));
    expect(router.state.location.search + router.state.location.hash).not.toMatch(/%|排斥/);
    expect(JSON.stringify({ ...localStorage })).not.toMatch(/排斥/);
  });

  it('an empty paste asks for text; nothing found says that does not make the ad honest', async () => {
    const user = userEvent.setup();
    await renderRoute('/en/claim-checker/');
    await user.click(screen.getByRole('button', { name: 'Check the ad' }));
    expect(screen.getByText('Please paste the ad’s text into the box first.')).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: 'The ad’s text, in Chinese or English' }), 'Our clinic opens at nine.');
    await user.click(screen.getByRole('button', { name: 'Check the ad' }));
    expect(await screen.findByText('We did not find any of the claims we know in this text.')).toBeInTheDocument();
    expect(screen.getByText(/Finding nothing does not mean an ad is honest/)).toBeInTheDocument();
  });

  it('opens a list from a link, and says what it could not read', async () => {
    await renderRoute('/en/claim-checker/?v=1&c=no-rejection,made-up,%3Cb%3E');
    const list = await screen.findByRole('region', { name: 'Your list for the doctor' });
    expect(within(list).getByText('Claims in your list: 1')).toBeInTheDocument();
    expect(within(list).getByText('Some claims in the link are not known to this guide. They were left out.')).toBeInTheDocument();
    expect(list).not.toHaveTextContent(/made-up|<b>/);
  });
});

describe('for the family', () => {
  it('three things, a link to the checker and the guide, and a share button', async () => {
    await renderRoute('/en/for-family/');
    expect(screen.getAllByRole('listitem').filter((li) => li.closest('.family__things'))).toHaveLength(3);
    const main = screen.getByRole('main');
    expect(within(main).getByRole('link', { name: 'Check a clinic’s ad' })).toHaveAttribute('href', '/en/claim-checker/');
    expect(within(main).getByRole('link', { name: 'Read the whole guide' })).toHaveAttribute('href', '/en/');
    expect(screen.getByRole('button', { name: 'Send this page to your family' })).toBeInTheDocument();
  });
});
