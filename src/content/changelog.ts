import { contentLastReviewed, contentVersion } from './content-version';

/**
 * What changed in each content version, newest first: the version and review date are data here;
 * the words are in locales/<lang>/about.json under changes.entries.<id>.<change id> (same ids in
 * every language). Add an entry whenever contentVersion is bumped (a test checks the newest one).
 */
export interface ChangelogEntry {
  /** Key of the words ("v1-2"): i18next keys cannot contain the version's dot. */
  id: string;
  version: string;
  /** ISO date the content of this version was reviewed. */
  date: string;
  /** Change ids, in display order (at most 7, so each list stays short). */
  changes: readonly string[];
}

export const changelog: readonly ChangelogEntry[] = [
  {
    id: 'v1-2',
    version: contentVersion,
    date: contentLastReviewed,
    changes: ['main-message', 'why-how', 'balance-numbers', 'china-care', 'had-infusion', 'corrections', 'care-cards'],
  },
  {
    id: 'v1-1',
    version: '1.1',
    date: '2026-12-01',
    changes: ['emergency-signs', 'urgent-signs', 'msc-risks', 'trial-death', 'steroid-dose', 'approvals', 'wording'],
  },
  {
    id: 'v1-0',
    version: '1.0',
    date: '2026-11-23',
    changes: ['four-parts', 'quizzes', 'word-list', 'ask-doctor', 'questions-claims', 'handouts'],
  },
];
