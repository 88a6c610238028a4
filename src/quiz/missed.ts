import type { ModuleDef } from '../content/types';
import type { QuizProgress } from '../progress';
import { scoreQuestion } from './score';

/** Questions the reader checked and got wrong: topics for "Questions for your doctor". */
export function missedQuestionIds(mod: ModuleDef, quiz: QuizProgress | undefined): string[] {
  if (!quiz) return [];
  return mod.quiz
    .filter((q) => quiz.checked.includes(q.id))
    .filter((q) => {
      const s = scoreQuestion(q, quiz.answers[q.id] ?? []);
      return s.type === 'points' && s.earned === 0;
    })
    .map((q) => q.id);
}
