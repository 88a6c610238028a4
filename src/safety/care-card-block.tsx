import { lazy, Suspense } from 'react';
import type { Lang } from '../content/types';
import { loadI18n } from '../i18n/setup';
import type { CareLevel } from './care-cards';

// A module step shows a care card rarely, so the card and its words are a small chunk of their
// own, loaded only by the steps that show one. The build-time render waits for it, so the card
// is in the prerendered HTML; in the browser it stays in place until its code arrives.
const load = (lang: Lang) => async () => {
  const [card] = await Promise.all([import('./care-card'), loadI18n(lang, ['care-cards'])]);
  return card;
};
const cards = { en: lazy(load('en')), zh: lazy(load('zh')) } satisfies Record<Lang, unknown>;

/** A care card inside module content (the `careCard` block). */
export function CareCardBlock({ lang, level }: { lang: Lang; level: CareLevel }) {
  const Card = cards[lang];
  return (
    <Suspense fallback={null}>
      <Card level={level} />
    </Suspense>
  );
}
