import { lazy, Suspense, type ComponentType } from 'react';
import { type Lang, byLang } from '../../i18n/langs';
import { loadI18n } from '../../i18n/setup';
import type { CareCardProps } from '../care-card';
import type { CareLevel } from '../../content/care-cards';

// A module step shows a care card rarely, so the card and its words are a small chunk of their
// own, loaded only by the steps that show one (and only that card's words). The build-time render
// waits for it, so the card is in the prerendered HTML.
// The namespaces each card needs (careCardNamespaces in care-cards.ts; written out here so a step
// does not load that module; tests/unit/safety-content.test.ts checks they agree).
export const blockNamespaces: Record<CareLevel, readonly string[]> = {
  emergency: ['care-cards'],
  urgent: ['care-cards', 'care-card-urgent'],
  'non-urgent': ['care-cards', 'safety'],
};

type Card = ComponentType<CareCardProps>;
const load = (lang: Lang, level: CareLevel) => async () => {
  const [card] = await Promise.all([import('../care-card'), loadI18n(lang, blockNamespaces[level])]);
  return card;
};
const lazyCards = byLang((lang): Record<CareLevel, Card> => ({ emergency: lazy(load(lang, 'emergency')), urgent: lazy(load(lang, 'urgent')), 'non-urgent': lazy(load(lang, 'non-urgent')) }));
/** Cards whose code and words have arrived (preloadCareCards); rendered directly. */
const loadedCards: Partial<Record<`${Lang}:${CareLevel}`, Card>> = {};

/**
 * Loads a step's cards before it renders: in the step's loader, and before hydration (route
 * handle `beforeHydrate`). A card that suspends while hydrating is swapped for its empty fallback
 * as soon as the page updates, so the urgent advice vanished for as long as its chunk took to
 * arrive, and the text below jumped.
 */
export async function preloadCareCards(lang: Lang, levels: readonly CareLevel[]): Promise<void> {
  await Promise.all(
    levels.map(async (level) => {
      loadedCards[`${lang}:${level}`] ??= (await load(lang, level)()).default;
    }),
  );
}

/** A care card inside module content (the `careCard` block). */
export function CareCardBlock({ lang, level }: { lang: Lang; level: CareLevel }) {
  const Card = loadedCards[`${lang}:${level}`] ?? lazyCards[lang][level];
  return (
    <Suspense fallback={null}>
      <Card level={level} />
    </Suspense>
  );
}
