/** The quiz feature's public entry: other folders use quizzes only through this file (eslint.config.js). */
export { finishedQuizScore } from './finished-score';
export { missedQuestionIds } from './missed';
export { QuizPage, type QuizPageData } from './quiz-page';
export { scoreQuiz } from './score';
