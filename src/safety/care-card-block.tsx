import { lazy, Suspense } from 'react';
import type { Lang } from '../content/types';
import { loadI18n } from '../i18n/setup';
import type { CareLevel } from './care-cards';

// A module step shows a care card rarely, so the card and its words are a small chunk of their
// own, loaded only by the steps that show one (and only that card's words). The build-time render
// waits for it, so the card is in the prerendered HTML; in the browser it stays in place until
// its code arrives.
// The namespaces each card needs (careCardNamespaces in care-cards.ts; written out here so a step
// does not load that module; tests/unit/safety-content.test.ts checks they agree).
export const blockNamespaces: Record<CareLevel, readonly string[]> = {
  emergency: ['care-cards'],
  urgent: ['care-cards', 'care-card-urgent'],
  'non-urgent': ['care-cards', 'safety'],
};

const load = (lang: Lang, level: CareLevel) => async () => {
  const [card] = await Promise.all([import('./care-card'), loadI18n(lang, blockNamespaces[level])]);
  return card;
};
const forLang = (lang: Lang) => ({ emergency: lazy(load(lang, 'emergency')), urgent: lazy(load(lang, 'urgent')), 'non-urgent': lazy(load(lang, 'non-urgent')) });
const cards = { en: forLang('en'), zh: forLang('zh') } satisfies Record<Lang, Record<CareLevel, unknown>>;

/** A care card inside module content (the `careCard` block). */
export function CareCardBlock({ lang, level }: { lang: Lang; level: CareLevel }) {
  const Card = cards[lang][level];
  return (
    <Suspense fallback={null}>
      <Card level={level} />
    </Suspense>
  );
}
