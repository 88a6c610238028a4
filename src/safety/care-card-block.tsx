import { lazy, Suspense } from 'react';
import type { Lang } from '../content/types';
import { loadI18n } from '../i18n/setup';
import type { CareLevel } from './care-cards';

// A module step shows a care card rarely, so the card and its words are a small chunk of their
// own, loaded only by the steps that show one. The build-time render waits for it, so the card
// is in the prerendered HTML; in the browser it stays in place until its code arrives.
// The urgent and non-urgent cards' words are still in the "safety" namespace here, so a step that
// shows one loads it too (content 1.2 puts the "today" card on module steps). Once all card words
// live in "care-cards" (issue 14), the second list can go.
const load = (lang: Lang, namespaces: string[]) => async () => {
  const [card] = await Promise.all([import('./care-card'), loadI18n(lang, namespaces)]);
  return card;
};
const cards = {
  en: { emergency: lazy(load('en', ['care-cards'])), other: lazy(load('en', ['care-cards', 'safety'])) },
  zh: { emergency: lazy(load('zh', ['care-cards'])), other: lazy(load('zh', ['care-cards', 'safety'])) },
} satisfies Record<Lang, unknown>;

/** A care card inside module content (the `careCard` block). */
export function CareCardBlock({ lang, level }: { lang: Lang; level: CareLevel }) {
  const Card = cards[lang][level === 'emergency' ? 'emergency' : 'other'];
  return (
    <Suspense fallback={null}>
      <Card level={level} />
    </Suspense>
  );
}
