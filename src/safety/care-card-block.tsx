import { lazy, Suspense, type LazyExoticComponent } from 'react';
import type { Lang } from '../content/types';
import { loadI18n } from '../i18n/setup';
import type { CareCard } from './care-card';
import type { CareLevel } from './care-cards';

// A module step shows a care card rarely, so the card and its words are a small chunk of their
// own, loaded only by the steps that show one. The build-time render waits for it, so the card
// is in the prerendered HTML; in the browser it stays in place until its code arrives.
// Content 1.2 puts the "today" card on module steps. Its words are in the "care-cards" namespace
// once issue 14 lands; until then they are in "safety", which is loaded only when "care-cards"
// lacks them, so nothing extra is loaded after that change.
const load = (lang: Lang, level: CareLevel) => async () => {
  const [card, i18n] = await Promise.all([import('./care-card'), loadI18n(lang, ['care-cards'])]);
  if (!i18n.exists(`care-cards:${level}.heading`)) await loadI18n(lang, ['safety']);
  return card;
};
const levels: CareLevel[] = ['emergency', 'urgent', 'non-urgent'];
const cardsFor = (lang: Lang) =>
  Object.fromEntries(levels.map((level) => [level, lazy(load(lang, level))])) as Record<CareLevel, LazyExoticComponent<typeof CareCard>>;
const cards = { en: cardsFor('en'), zh: cardsFor('zh') } satisfies Record<Lang, unknown>;

/** A care card inside module content (the `careCard` block). */
export function CareCardBlock({ lang, level }: { lang: Lang; level: CareLevel }) {
  const Card = cards[lang][level];
  return (
    <Suspense fallback={null}>
      <Card level={level} />
    </Suspense>
  );
}
