/**
 * The progress feature's public entry: other folders use reading progress only through this file
 * (eslint.config.js). The store itself (src/progress/progress-store.ts) is read by its own tests.
 */
export { ClearProgress } from './clear-progress';
export { ModuleProgressLine } from './module-progress-line';
export { ProgressNotice } from './progress-notice';
export { withQuiz, withStepRead, type ModuleProgress, type Progress, type QuizProgress } from './progress-store';
export { useProgress } from './use-progress';
