import type { Lang } from '../../src/i18n/langs';
import type { GlossaryFile, ModuleText } from '../../src/content/types';

// The tests cover every language in the table (src/i18n/langs.ts).
export { langs } from '../../src/i18n/langs';

const moduleFiles = import.meta.glob<ModuleText>('../../locales/*/modules/*.json', { eager: true, import: 'default' });
const glossaryFiles = import.meta.glob<GlossaryFile>('../../locales/*/glossary/*.json', { eager: true, import: 'default' });
export const figureFiles = import.meta.glob('../../src/figures/*.tsx');

export function moduleText(lang: Lang, id: string): ModuleText {
  const text = moduleFiles[`../../locales/${lang}/modules/${id}.json`];
  if (!text) throw new Error(`missing locales/${lang}/modules/${id}.json`);
  return text;
}

export function glossaryOf(lang: Lang): Record<string, GlossaryFile> {
  const out: Record<string, GlossaryFile> = {};
  for (const [path, file] of Object.entries(glossaryFiles)) {
    const m = path.match(/locales\/(\w+)\/glossary\/([\w-]+)\.json$/);
    if (m && m[1] === lang && m[2]) out[m[2]] = file;
  }
  return out;
}

export function moduleFileIds(lang: Lang): string[] {
  return Object.keys(moduleFiles)
    .filter((p) => p.includes(`/locales/${lang}/modules/`))
    .map((p) => p.replace(/.*\/([\w-]+)\.json$/, '$1'))
    .sort();
}

/** Every string anywhere in a JSON value, with its path. */
export function allStrings(value: unknown, path = ''): Array<[string, string]> {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => allStrings(v, `${path}[${i}]`));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => (k === 'type' || k === 'id' ? [] : allStrings(v, `${path}.${k}`)));
  return [];
}
