// Build-time only: the checks scripts/build.mjs runs before building, each problem one line.
import { localeProblems } from './locale-check';
import { lostIds } from './published-ids';

export function contentProblems(root: string): string[] {
  return [...localeProblems(root), ...lostIds()];
}
