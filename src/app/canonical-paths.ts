import { modules } from '../content/modules';
import { langs } from '../i18n/langs';
import { paths } from '../i18n/paths';

/** Every canonical page, both languages: what the build writes and the sitemap lists. */
export function canonicalPaths(): string[] {
  return langs.flatMap((lang) => [
    paths.home(lang),
    ...modules.flatMap((m) => [paths.module(lang, m.id), ...m.steps.map((s) => paths.step(lang, m.id, s)), paths.quiz(lang, m.id)]),
    paths.glossary(lang),
    paths.askDoctor(lang),
    paths.questions(lang),
    paths.claimChecker(lang),
    paths.forFamily(lang),
    paths.handoutBuilder(lang),
    paths.about(lang), paths.changes(lang),
    // Prerendered as a shell (the handout is in the query string); noindex, so the build leaves it out of the sitemap.
    paths.handout(lang),
  ]);
}
