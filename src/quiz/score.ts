import type { QuestionDef } from '../content/types';

/** What the learner chose for one question (choice ids). */
export type UserInput = readonly string[];

export type InvalidReason = 'empty' | 'unknown-choice' | 'duplicate' | 'too-many';

/** Perseus-style: invalid input is not wrong, it is not scorable. */
export type Score = { type: 'invalid'; reason: InvalidReason } | { type: 'points'; earned: 0 | 1; total: 1 };

/** One question: right only when the chosen set equals the answer key exactly. */
export function scoreQuestion(question: QuestionDef, input: UserInput): Score {
  if (input.length === 0) return { type: 'invalid', reason: 'empty' };
  if (new Set(input).size !== input.length) return { type: 'invalid', reason: 'duplicate' };
  if (input.some((c) => !question.choices.includes(c))) return { type: 'invalid', reason: 'unknown-choice' };
  if (question.kind !== 'multiple' && input.length > 1) return { type: 'invalid', reason: 'too-many' };
  const right = input.length === question.correct.length && input.every((c) => question.correct.includes(c));
  return { type: 'points', earned: right ? 1 : 0, total: 1 };
}

export interface QuizScore {
  earned: number;
  total: number;
  /** Question ids answered wrongly, in quiz order. */
  missed: string[];
  /** Question ids with no scorable answer yet. */
  unanswered: string[];
}

/** A whole quiz. Answers to question ids not in the quiz are ignored. */
export function scoreQuiz(questions: readonly QuestionDef[], input: Readonly<Record<string, UserInput>>): QuizScore {
  const result: QuizScore = { earned: 0, total: questions.length, missed: [], unanswered: [] };
  for (const q of questions) {
    const score = scoreQuestion(q, input[q.id] ?? []);
    if (score.type === 'invalid') result.unanswered.push(q.id);
    else if (score.earned === 1) result.earned += 1;
    else result.missed.push(q.id);
  }
  return result;
}
