// Build-time only (Node): reads the content from disk and hashes it. Used by vite.config.ts,
// vitest.config.ts and scripts/review-hash.mjs; never imported by the app (it needs node:fs).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { modules } from '../content/modules';
import { contentHash } from '../content/review-hash';
import type { ContentKey } from '../content/reviews';
import { langs } from '../i18n/langs';
import { careCardWordsAt, careLevels, type CareLevel } from '../content/care-cards';
import { careCardSources } from '../safety/sources';

const readJson = (file: string): unknown => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null);

/**
 * What a clinician signs for a module: its structure (steps, quiz answers, sources) and, in every
 * language, its words and its word list. The review dates are left out: they record reviews, they
 * are not what was reviewed, and bumping them after a sign-off must not undo it.
 */
export function moduleContent(root: string, id: string): unknown {
  const def = modules.find((m) => m.id === id);
  if (!def) throw new Error(`No module ${id}`);
  const structure: Partial<typeof def> = { ...def };
  delete structure.lastReviewed;
  delete structure.nextReview;
  const words = Object.fromEntries(langs.map((lang) => [lang, readJson(join(root, 'locales', lang, 'modules', `${id}.json`))]));
  const glossary = Object.fromEntries(langs.map((lang) => [lang, readJson(join(root, 'locales', lang, 'glossary', `${id}.json`))]));
  return { kind: 'module', structure, words, glossary };
}

/** What a clinician signs for a care card: its words (screen-reader prefix included) in every language, and its sources. */
export function careCardContent(root: string, level: string): unknown {
  const words = Object.fromEntries(
    langs.map((lang) => {
      const shared = readJson(join(root, 'locales', lang, 'care-cards.json')) as Record<string, Record<string, unknown>>;
      const [ns, key] = careCardWordsAt[level as CareLevel];
      const own = (readJson(join(root, 'locales', lang, `${ns}.json`)) as Record<string, unknown> | null)?.[key];
      return [lang, { prefix: shared.prefix?.[level], card: own }];
    }),
  );
  return { kind: 'care-card', level, sources: careCardSources[level as keyof typeof careCardSources], words };
}

/** The current hash of every piece of content that can be signed off. */
export async function currentContentHashes(root: string): Promise<Record<ContentKey, string>> {
  const entries = await Promise.all([
    ...modules.map(async (m) => [`module:${m.id}`, await contentHash(moduleContent(root, m.id))] as const),
    ...careLevels.map(async (level) => [`care-card:${level}`, await contentHash(careCardContent(root, level))] as const),
  ]);
  return Object.fromEntries(entries) as Record<ContentKey, string>;
}
