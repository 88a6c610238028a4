import type { Lang } from '../i18n/langs';
import type { GlossaryFile, ModuleText } from './types';

// Lazy: each module's words are their own chunk, loaded only by pages that show them.
const moduleFiles = import.meta.glob<ModuleText>('../../locales/*/modules/*.json', { import: 'default' });
const glossaryFiles = import.meta.glob<GlossaryFile>('../../locales/*/glossary/*.json', { import: 'default' });

export async function loadModuleText(lang: Lang, moduleId: string): Promise<ModuleText | undefined> {
  const load = moduleFiles[`../../locales/${lang}/modules/${moduleId}.json`];
  return load ? load() : undefined;
}

/** All glossary terms of a language, merged. */
export async function loadGlossary(lang: Lang): Promise<GlossaryFile> {
  const prefix = `../../locales/${lang}/glossary/`;
  const files = await Promise.all(
    Object.entries(glossaryFiles)
      .filter(([path]) => path.startsWith(prefix))
      .map(([, load]) => load()),
  );
  return Object.assign({}, ...files) as GlossaryFile;
}
