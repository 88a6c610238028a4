// Build-time only (Node): zod schemas of every locale file. The app never imports this (eslint
// forbids zod outside src/build/), so zod stays out of the client bundle.
import { z } from 'zod';
import type { Block, FigureText, GlossaryFile, GlossaryText, ModuleText, QuestionText, StepText } from '../content/types';

// Content strings are never empty (a missing sentence would render as a gap).
const text = z.string().trim().min(1);
const texts = z.array(text);
const keyed = <T extends z.ZodType>(value: T) => z.record(z.string().regex(/^[\w-]+$/, 'expected a kebab-case or word id'), value);

/** One schema per member of Block (src/content/types.ts); strict, so a typo'd field is an error. */
export const blockSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('p'), text }),
  z.strictObject({ type: z.literal('list'), ordered: z.boolean().optional(), items: texts }),
  z.strictObject({ type: z.literal('warning'), title: text, text }),
  z.strictObject({ type: z.literal('info'), title: text, text }),
  z.strictObject({ type: z.literal('figure'), id: text }),
  z.strictObject({ type: z.literal('table'), caption: text, head: texts, rows: z.array(texts) }),
  z.strictObject({ type: z.literal('doDont'), do: texts, dont: texts }),
  z.strictObject({ type: z.literal('askDoctor'), text }),
  z.strictObject({ type: z.literal('knownUnknown'), known: texts, unknown: texts }),
  z.strictObject({ type: z.literal('careCard'), level: z.enum(['emergency', 'urgent', 'non-urgent']) }),
  z.strictObject({ type: z.literal('keyPoints'), items: texts }),
]);

const stepSchema = z.strictObject({ title: text, blocks: z.array(blockSchema).min(1) });
const questionSchema = z.strictObject({ prompt: text, choices: keyed(text), explanation: text });
const figureSchema = z.strictObject({ caption: text, alt: text, labels: keyed(text) });
const glossaryEntrySchema = z.strictObject({ term: text, definition: text });

/** locales/<lang>/modules/<id>.json */
export const moduleTextSchema = z.strictObject({
  title: text,
  purpose: text,
  mainMessage: text,
  steps: keyed(stepSchema),
  quiz: keyed(questionSchema),
  figures: keyed(figureSchema),
});

/** locales/<lang>/glossary/<id>.json */
export const glossaryFileSchema = keyed(glossaryEntrySchema);

type UiStrings = { [key: string]: string | string[] | UiStrings };
/** locales/<lang>/<namespace>.json: i18next strings, nested; a few lists. Their keys are checked against English by tests/unit/locale-parity.test.ts. */
export const uiStringsSchema: z.ZodType<UiStrings> = z.lazy(() => z.record(z.string(), z.union([text, texts, uiStringsSchema])));

// The schemas and src/content/types.ts describe the same data: a change to one that is not made
// to the other fails typecheck here.
// (Identical, not just assignable: an optional field added to one side only is caught too.)
type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const same = <A, B>(proof: Same<A, B>) => proof;
same<z.infer<typeof blockSchema>, Block>(true);
same<z.infer<typeof stepSchema>, StepText>(true);
same<z.infer<typeof questionSchema>, QuestionText>(true);
same<z.infer<typeof figureSchema>, FigureText>(true);
same<z.infer<typeof glossaryEntrySchema>, GlossaryText>(true);
same<z.infer<typeof glossaryFileSchema>, GlossaryFile>(true);
same<z.infer<typeof moduleTextSchema>, ModuleText>(true);
