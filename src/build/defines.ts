// Build-time only (Node): the constants the build writes into the app (Vite `define`).
import { signOffProblems, reviewStates } from '../content/review-check';
import { clinicalSignOffs, type ClinicalSignOff } from '../content/reviews';
import { currentContentHashes } from './content-hashes';

/** Where the site is published when SITE_URL is not set (the same default as scripts/build.mjs). */
export const DEFAULT_SITE_URL = 'https://stem-cell-guide.example';

const EMAIL = /^[^\s@<>"',;:?&=/\\]+@[^\s@<>"',;:?&=/\\]+\.[^\s@<>"',;:?&=/\\]+$/;

/**
 * CONTACT_EMAIL: where "Report a problem with this page" writes to; empty when unset (the link is
 * then not shown). A value that is not a plain address fails the build rather than making a broken link.
 */
export function contactEmail(env: Record<string, string | undefined>): string {
  const value = (env.CONTACT_EMAIL ?? '').trim();
  if (value && !EMAIL.test(value)) throw new Error(`CONTACT_EMAIL "${value}" is not a plain email address (name@example.org)`);
  return value;
}

/** The clinical review state of every piece of content; throws, naming each bad entry, when the record is unsound. */
export async function clinicalReviewStates(root: string, record: readonly ClinicalSignOff[] = clinicalSignOffs) {
  const problems = signOffProblems(record);
  if (problems.length) throw new Error(`The clinical sign-off record (src/content/reviews.ts) has problems:\n- ${problems.join('\n- ')}`);
  return reviewStates(record, await currentContentHashes(root));
}

/** Every `define` the app reads (src/app/build-constants.ts). */
export async function buildDefines(env: Record<string, string | undefined>, root: string): Promise<Record<string, string>> {
  return {
    __CLINICAL_REVIEW__: JSON.stringify(await clinicalReviewStates(root)),
    __CONTACT_EMAIL__: JSON.stringify(contactEmail(env)),
    __SITE_URL__: JSON.stringify((env.SITE_URL ?? DEFAULT_SITE_URL).replace(/\/+$/, '')),
  };
}
