import type { QuestionDef } from '../content/types';
import type { QuizProgress } from '../progress';
import { scoreQuiz } from './score';

/** A quiz's score once every question has been checked; undefined while any is left (or there is no quiz). */
export function finishedQuizScore(questions: readonly QuestionDef[], quiz: QuizProgress | undefined): { earned: number; total: number } | undefined {
  const checked = quiz?.checked ?? [];
  if (questions.length === 0 || !questions.every((q) => checked.includes(q.id))) return undefined;
  const { earned, total } = scoreQuiz(questions, quiz?.answers ?? {});
  return { earned, total };
}
