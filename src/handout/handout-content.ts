import { prerenderedDataOf } from '../app/prerendered-data';
import { loadAllModuleDefs } from '../content/load-module';
import { loadModuleText } from '../content/load-text';
import { parseInline } from '../content/inline-markup';
import type { Lang } from '../i18n/langs';
import type { ModuleText } from '../content/types';
import { keyQuestionIds } from '../safety';
import { paths } from '../i18n/paths';

/** What a handout shows of one module, in one language. */
export interface HandoutModule {
  id: string;
  title: string;
  /** The key points of the module, as plain words and **strong** parts (glossary terms as words, citations dropped). */
  keyPoints: KeyPoint[];
  /** Step ids in reading order: where "Start" goes, and what progress counts. */
  steps: string[];
}

/** A key point: plain words and strong parts, in order. Made at build time, so pages need no markup parser. */
export type KeyPoint = Array<string | { strong: string }>;

export function keyPointParts(source: string): KeyPoint {
  return parseInline(source).flatMap((n): KeyPoint => (n.type === 'cite' ? [] : n.type === 'strong' ? [{ strong: n.text }] : [n.text]));
}

/** The module's summary: the keyPoints block of its "key-points" step (else of any step). */
export function keyPointsOf(text: ModuleText): string[] {
  const steps = [text.steps['key-points'], ...Object.values(text.steps)];
  for (const step of steps) {
    const block = step?.blocks.find((b) => b.type === 'keyPoints');
    if (block?.type === 'keyPoints') return block.items;
  }
  return [];
}

/** Every module of the guide as a handout shows it, in learning-path order. */
export async function loadHandoutModules(lang: Lang): Promise<HandoutModule[]> {
  const defs = await loadAllModuleDefs();
  const modules = await Promise.all(
    defs.map(async (def) => {
      const text = await loadModuleText(lang, def.id);
      return text ? { id: def.id, title: text.title, keyPoints: keyPointsOf(text).map(keyPointParts), steps: def.steps } : undefined;
    }),
  );
  return modules.filter((m): m is HandoutModule => Boolean(m));
}

// The key questions and the medicines line come from the safety layer's namespaces; a handout needs
// only a few of their strings, so the loader takes them out of the files instead of loading the namespaces in the page.
const localeFiles = import.meta.glob<Record<string, unknown>>('../../locales/*/{safety,key-questions}.json', { import: 'default' });

export interface AskDoctorText {
  /** "Questions to ask your doctor", in display order. */
  questions: string[];
  /** Never stop or change lupus medicines on your own. */
  medicines: string;
}

const record = (v: unknown) => (v && typeof v === 'object' ? (v as Record<string, unknown>) : {});

export async function loadAskDoctor(lang: Lang): Promise<AskDoctorText> {
  const load = (ns: string) => localeFiles[`../../locales/${lang}/${ns}.json`]?.() ?? Promise.resolve(undefined);
  const [safety, words] = await Promise.all([load('safety'), load('key-questions')]).then((files) => files.map(record));
  const medicines = record(safety?.ask).medicines;
  return {
    questions: keyQuestionIds.flatMap((id) => (typeof words?.[id] === 'string' ? [words[id]] : [])),
    medicines: typeof medicines === 'string' ? medicines : '',
  };
}

/** Everything a handout can show in one language. */
export async function loadHandoutContent(lang: Lang): Promise<{ modules: HandoutModule[]; ask: AskDoctorText }> {
  // The production client reads what this returned at build time, the handout page's data.json
  // (src/app/prerendered-data.ts): a few KB, instead of every module's words and the source registry.
  if (import.meta.env.PROD && !import.meta.env.SSR) {
    const data = (await prerenderedDataOf(paths.handout(lang))) as { modules: HandoutModule[]; ask: AskDoctorText };
    return { modules: data.modules, ask: data.ask };
  }
  const [modules, ask] = await Promise.all([loadHandoutModules(lang), loadAskDoctor(lang)]);
  return { modules, ask };
}
