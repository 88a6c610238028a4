import { useTranslation } from 'react-i18next';
import type { LinkProblem } from './handout-link';

/** What went wrong with a link, in the reader's words. */
export function LinkProblems({ problems }: { problems: LinkProblem[] }) {
  const { t } = useTranslation('handout-damaged');
  // Counted, never echoed: an id in a link is whatever its maker typed.
  const unavailable = problems.filter((p) => p.kind === 'module-unavailable').length;
  const lines = problems.flatMap((p) => {
    switch (p.kind) {
      case 'module-unavailable':
        return [];
      case 'unreadable':
      case 'hidden-characters':
      case 'too-long':
        return [t(`damaged.problem.${p.kind}`, { field: t(`damaged.field.${p.field}`) })];
      default:
        return [t(`damaged.problem.${p.kind}`)];
    }
  });
  if (unavailable > 0) lines.push(t('damaged.problem.module-unavailable', { count: unavailable }));
  return (
    <ul>
      {[...new Set(lines)].map((line) => (
        <li key={line}>{line}</li>
      ))}
    </ul>
  );
}
