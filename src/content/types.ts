/**
 * The content model. Language-neutral structure (ids, order, answer keys,
 * sources, review dates) lives in typed code under src/content/; the words live
 * in locales/{en,zh}/modules/<moduleId>.json and follow ModuleText below.
 */

/** Kinds of source, shown as a translated tag next to each reference. */
export type SourceType =
  | 'rct' // randomised controlled trial
  | 'single-arm' // single-arm / open-label study, case series
  | 'case-report'
  | 'registry' // registry or retrospective cohort
  | 'review' // systematic review, meta-analysis or narrative review
  | 'guideline' // clinical guideline or expert consensus
  | 'patient-info' // information for patients from an expert body (not a clinical guideline)
  | 'regulator' // regulator or government document
  | 'news'; // press or secondary report

export interface Source {
  /** Stable kebab-case id, e.g. "deng-2017". Cited in text as [^deng-2017]. */
  id: string;
  /** Citation as published (not translated): "Deng D, Zhang P, Guo Y, et al." */
  authors: string;
  year: number;
  /** Title as published (English or Chinese original). */
  title: string;
  /** Journal with volume/pages, or the organisation. */
  venue: string;
  type: SourceType;
  /** "10.1136/annrheumdis-2017-211073" (without https://doi.org/) */
  doi?: string;
  /** Canonical URL when there is no DOI. */
  url?: string;
}

export type QuestionKind = 'single' | 'multiple' | 'true-false' | 'red-flag';

/** The answer key of one quiz question. Never stored per language. */
export interface QuestionDef {
  id: string;
  kind: QuestionKind;
  /** Choice ids in display order (identical in both languages). true-false and red-flag use ['true','false'] / ['yes','no']. */
  choices: string[];
  /** Ids of correct choices; exactly one except for kind "multiple". */
  correct: string[];
  /** Step id that teaches this point (linked from the feedback). */
  teaches: string;
}

export interface ModuleDef {
  /** Permanent, kebab-case: printed QR codes point at it. */
  id: string;
  /** Estimated reading time in minutes (steps + quiz). */
  minutes: number;
  /** Step ids in reading order; permanent once published. */
  steps: string[];
  quiz: QuestionDef[];
  /** Sources this module cites, in the order listed on the page. */
  sources: Source[];
  /** ISO dates. */
  lastReviewed: string;
  nextReview: string;
}

/**
 * Text markup allowed inside any string in ModuleText (parsed by
 * src/content/inline-markup.ts, never as HTML):
 *   [[term-id|shown words]]  glossary term (definition on tap/hover, listed on the glossary page);
 *                            the id is defined in exactly one locales/<lang>/glossary/<moduleId>.json
 *   [^source-id]             citation of a source in the module's sources list
 *   **words**                strong emphasis, sparingly
 */
export type Block =
  | { type: 'p'; text: string }
  | { type: 'list'; ordered?: boolean; items: string[] }
  /** Warning callout: time- or safety-critical points or a common misconception; at most 2 per step. */
  | { type: 'warning'; title: string; text: string }
  /** Plain "did you know" box. */
  | { type: 'info'; title: string; text: string }
  /** Figure from src/figures/<id>.tsx; caption, alt text and labels come from ModuleText.figures[id]. */
  | { type: 'figure'; id: string }
  | { type: 'table'; caption: string; head: string[]; rows: string[][] }
  | { type: 'doDont'; do: string[]; dont: string[] }
  /** "Ask your doctor" prompt where a reader may be tempted to act. */
  | { type: 'askDoctor'; text: string }
  | { type: 'knownUnknown'; known: string[]; unknown: string[] }
  /** NHS-style care card (src/components/care-card.tsx); its words live in locales/<lang>/care-cards.json, not in the module. */
  | { type: 'careCard'; level: 'emergency' | 'urgent' | 'non-urgent' }
  | { type: 'keyPoints'; items: string[] };

export type BlockType = Block['type'];

export interface StepText {
  title: string;
  blocks: Block[];
}

export interface QuestionText {
  prompt: string;
  /** Keyed by choice id. */
  choices: Record<string, string>;
  /** Why the right answer is right (shown after checking). */
  explanation: string;
}

export interface FigureText {
  caption: string;
  /** Full text alternative: everything the picture says, in words. */
  alt: string;
  /** Labels drawn inside the SVG, keyed by label id. */
  labels: Record<string, string>;
}

export interface GlossaryText {
  term: string;
  definition: string;
}

/** locales/<lang>/modules/<moduleId>.json */
export interface ModuleText {
  title: string;
  /** One sentence: what this module is for. */
  purpose: string;
  /**
   * The one thing to remember, in one or two plain sentences. Shown first on the
   * module's front page and repeated as the first key point (CDC Clear Communication Index: main message at the top).
   */
  mainMessage: string;
  steps: Record<string, StepText>;
  quiz: Record<string, QuestionText>;
  figures: Record<string, FigureText>;
}

/** locales/<lang>/glossary/<moduleId>.json: the terms a module introduces, keyed by term id. */
export type GlossaryFile = Record<string, GlossaryText>;
