/**
 * "Points you missed in the quizzes" on the question list: each step that teaches a quiz
 * question the reader got wrong on this device becomes a topic to ask about.
 */
import type { Lang } from '../i18n/langs';
import type { ModuleDef, QuestionDef } from '../content/types';
import type { Progress } from '../progress';
import { missedQuestionIds } from '../quiz';

/** What turns a missed quiz question into a topic: its module and the step that teaches it. */
export interface TopicModule {
  id: string;
  title: string;
  quiz: QuestionDef[];
  stepTitles: Record<string, string>;
}

export interface Topic {
  moduleId: string;
  stepId: string;
  /** The module's and the step's titles. */
  module: string;
  step: string;
  /** How the page lists it (module and step). */
  label: string;
}

/** Every module's quiz and step titles in this language (for a route loader). */
export async function loadTopicModules(lang: Lang): Promise<TopicModule[]> {
  // Imported here, not at the top: on a first load the data comes with the page, so this code stays out of its script.
  const [{ loadAllModuleDefs }, { loadModuleText }] = await Promise.all([import('../content/load-module'), import('../content/load-text')]);
  const defs = await loadAllModuleDefs();
  return Promise.all(
    defs.map(async (m) => {
      const text = await loadModuleText(lang, m.id);
      return {
        id: m.id,
        title: text?.title ?? m.id,
        quiz: m.quiz,
        stepTitles: Object.fromEntries(m.quiz.map((q) => [q.teaches, text?.steps[q.teaches]?.title ?? q.teaches])),
      };
    }),
  );
}

/** Steps that teach what the reader got wrong in a quiz, one per step. */
export function missedTopics(modules: TopicModule[], progress: Progress, label: (module: string, step: string) => string): Topic[] {
  return modules.flatMap((m) => {
    const def: ModuleDef = { id: m.id, minutes: 0, steps: [], quiz: m.quiz, sources: [], lastReviewed: '', nextReview: '' };
    const missed = missedQuestionIds(def, progress.modules[m.id]?.quiz);
    const steps = [...new Set(missed.map((id) => m.quiz.find((q) => q.id === id)?.teaches ?? ''))].filter(Boolean);
    return steps.map((stepId) => {
      const step = m.stepTitles[stepId] ?? stepId;
      return { moduleId: m.id, stepId, module: m.title, step, label: label(m.title, step) };
    });
  });
}
