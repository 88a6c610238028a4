import { describe, expect, it } from 'vitest';
import type { QuestionDef } from '../../src/content/types';
import { modules } from '../../src/content/modules';
import { scoreQuestion, scoreQuiz } from '../../src/quiz/score';
import { finishedQuizScore } from '../../src/quiz/finished-score';

const single: QuestionDef = { id: 'q-a', kind: 'single', choices: ['a', 'b', 'c'], correct: ['b'], teaches: 's' };
const multiple: QuestionDef = { id: 'q-b', kind: 'multiple', choices: ['a', 'b', 'c', 'd'], correct: ['a', 'c'], teaches: 's' };

describe('scoreQuestion', () => {
  it('scores a right and a wrong single choice', () => {
    expect(scoreQuestion(single, ['b'])).toEqual({ type: 'points', earned: 1, total: 1 });
    expect(scoreQuestion(single, ['a'])).toEqual({ type: 'points', earned: 0, total: 1 });
  });
  it('needs exactly the right set for multiple select, in any order', () => {
    expect(scoreQuestion(multiple, ['c', 'a'])).toMatchObject({ earned: 1 });
    expect(scoreQuestion(multiple, ['a'])).toMatchObject({ earned: 0 });
    expect(scoreQuestion(multiple, ['a', 'c', 'd'])).toMatchObject({ earned: 0 });
  });
  it.each([
    [[], 'empty'],
    [['b', 'b'], 'duplicate'],
    [['z'], 'unknown-choice'],
    [['<script>'], 'unknown-choice'],
    [['a', 'b'], 'too-many'],
  ] as const)('%j is invalid (%s), not wrong', (input, reason) => {
    expect(scoreQuestion(single, input)).toEqual({ type: 'invalid', reason });
  });
});

describe('scoreQuiz', () => {
  it('counts right, missed and unanswered; ignores unknown question ids', () => {
    expect(scoreQuiz([single, multiple], { 'q-a': ['b'], 'q-b': ['a'], 'q-nope': ['a'] })).toEqual({ earned: 1, total: 2, missed: ['q-b'], unanswered: [] });
    expect(scoreQuiz([single, multiple], {})).toEqual({ earned: 0, total: 2, missed: [], unanswered: ['q-a', 'q-b'] });
  });

  it.each(modules.map((m) => [m.id, m] as const))('%s: the answer key scores full marks', (_id, mod) => {
    const input = Object.fromEntries(mod.quiz.map((q) => [q.id, q.correct]));
    expect(scoreQuiz(mod.quiz, input)).toMatchObject({ earned: mod.quiz.length, total: mod.quiz.length });
  });
});

describe('finishedQuizScore (the home page’s "Quiz: 1 of 2 right")', () => {
  it('gives the score only once every question has been checked', () => {
    expect(finishedQuizScore([single, multiple], undefined)).toBeUndefined();
    expect(finishedQuizScore([single, multiple], { answers: { 'q-a': ['b'] }, checked: ['q-a'] })).toBeUndefined();
    expect(finishedQuizScore([single, multiple], { answers: { 'q-a': ['b'], 'q-b': ['a'] }, checked: ['q-a', 'q-b'] })).toEqual({ earned: 1, total: 2 });
  });
  it('gives none for a module without a quiz', () => {
    expect(finishedQuizScore([], { answers: {}, checked: [] })).toBeUndefined();
  });
});
