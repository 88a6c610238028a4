/**
 * A handout's short address: what a person types from paper when they cannot scan the QR code.
 * /zh/h/sr/ is "Chinese, the parts sle then risks". One letter per part, in the handout's order:
 * lower-case ASCII, no query, no percent-escapes. It carries the parts and the language only;
 * the note stays on paper and in the QR code. The build writes each address as a page that
 * forwards to the full handout link (scripts/build.mjs), so it works on any static host.
 *
 * Letters are permanent, like module ids: printed handouts point at them. A new part gets a new
 * letter; a letter is never reused.
 */
import type { ModuleId } from '../content/module-ids';
import type { Lang } from '../i18n/langs';

export const shortLetters: Record<ModuleId, string> = { infusion: 'i', 'msc-hsc': 'm', sle: 's', risks: 'r' };

export const shortPath = (lang: Lang, modules: readonly string[]): string | undefined => {
  const letters = modules.map((id) => shortLetters[id as ModuleId]);
  return letters.length && letters.every(Boolean) ? `/${lang}/h/${letters.join('')}/` : undefined;
};

/** Every ordered choice of distinct parts (a handout lists each part once): the pages the build writes. */
export function everyShortChoice(ids: readonly ModuleId[] = Object.keys(shortLetters) as ModuleId[]): ModuleId[][] {
  const out: ModuleId[][] = [];
  const grow = (chosen: ModuleId[]) => {
    for (const id of ids) {
      if (chosen.includes(id)) continue;
      const next = [...chosen, id];
      out.push(next);
      grow(next);
    }
  };
  grow([]);
  return out;
}
