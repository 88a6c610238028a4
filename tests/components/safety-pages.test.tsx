import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { STORAGE_KEY } from '../../src/progress/progress-store';
import { resetProgressCache } from '../../src/progress/use-progress';
import { renderRoute } from './render-route';

afterEach(() => {
  localStorage.clear();
  resetProgressCache();
});

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
  it('the risks module shows the emergency card, grouped, with no review status', { timeout: 20_000 }, async () => {
    await renderRoute('/en/modules/risks/msc-risks/');
    // The card is a lazy chunk of its own: give it time to arrive.
    const heading = await screen.findByRole('heading', { name: /^Immediate action required: Call 120 in mainland China, or your local emergency number/ }, { timeout: 15_000 });
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
    const topic = await screen.findByRole('link', { name: /: The rules in China$/ }, { timeout: 5000 });
    expect(topic).toHaveAttribute('href', '/en/modules/risks/china-rules/');
    expect(screen.queryByText(/any points you miss will show here/)).toBeNull();
  });
});

describe('is this a warning sign?', () => {
  it('explains each ticked claim with its sources', async () => {
    const user = userEvent.setup();
    await renderRoute('/en/claim-checker/');
    for (const why of screen.getAllByText('Why this is a warning sign')) expect(why).not.toBeVisible();
    const claim = screen.getByRole('checkbox', { name: '“One shot works”' });
    await user.click(claim);
    const why = document.getElementById(claim.getAttribute('aria-describedby') ?? '')!;
    expect(why).toBeVisible();
    expect(why).toHaveTextContent(/National Health Commission says a claim that one shot works can be treated as a scam/);
    expect(within(why).getByRole('link', { name: 'https://www.nhc.gov.cn/' })).toBeInTheDocument();
    expect(within(screen.getByRole('main')).getByRole('status')).toHaveTextContent('Warning signs you ticked: 1');

    await user.click(screen.getByRole('checkbox', { name: 'You must pay to join a “study”' }));
    expect(within(screen.getByRole('main')).getByRole('status')).toHaveTextContent('Warning signs you ticked: 2');
    expect(screen.getByText(/if you are charged for an unapproved product, you are likely being deceived/)).toBeVisible();
  });

  it('in Chinese', async () => {
    const user = userEvent.setup();
    await renderRoute('/zh/claim-checker/');
    await user.click(screen.getByRole('checkbox', { name: '“能治很多种不同的病”或“包治百病”' }));
    expect(screen.getByText(/宣称“包治百病”的，可以认定为骗局/)).toBeVisible();
  });
});
