import { useEffect, useState } from 'react';
import type { Lang } from '../i18n/langs';
import type { Source } from '../content/types';
import { loadI18n } from '../i18n/setup';
import { claims } from './claims';

/**
 * What explains the claims: the words (claim-explanations.json: why, what to ask) and the
 * sources. Loaded only when a claim is explained (ticked, pasted, linked, printed), so the
 * checker's first script stays inside the page budget; the build-time render loads them in
 * the page's loader for the no-script copy.
 */
export interface ClaimDetails {
  sources: Record<string, Source>;
}

let sources: Record<string, Source> | undefined;
const ready = new Set<Lang>();

export async function loadClaimDetails(lang: Lang): Promise<ClaimDetails> {
  const [{ safetySources }] = await Promise.all([import('./sources'), loadI18n(lang, ['claim-explanations'], { carried: false })]);
  sources ??= Object.fromEntries(safetySources(claims.flatMap((c) => c.sources)).map((s) => [s.id, s]));
  ready.add(lang);
  return { sources };
}

/** The details if they are loaded for this language, else undefined (no waiting). */
export function claimDetails(lang: Lang): ClaimDetails | undefined {
  return sources && ready.has(lang) ? { sources } : undefined;
}

/** The details, loading them once `wanted` turns true; undefined until they are there. */
export function useClaimDetails(lang: Lang, wanted: boolean): ClaimDetails | undefined {
  const [, loaded] = useState(0);
  useEffect(() => {
    if (!wanted || claimDetails(lang)) return;
    let live = true;
    void loadClaimDetails(lang).then(() => live && loaded((n) => n + 1));
    return () => {
      live = false;
    };
  }, [lang, wanted]);
  return claimDetails(lang);
}
