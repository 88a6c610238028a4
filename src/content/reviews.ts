/**
 * Clinical sign-off, as data. A clinician signs off one piece of content — a module (its structure,
 * words and word list, both languages) or a care card (its words in both languages and its
 * sources) — by adding an entry here with the hash that `npm run review-hash` prints for it.
 * docs/clinical-sign-off.md is the procedure for a clinic.
 *
 * The build hashes the current content (src/build/content-hashes.ts) and compares:
 * - hash matches: the page shows "Reviewed by <name>, <role>, on <date>";
 * - hash differs (the content changed after sign-off) or no entry: nothing is shown in the content,
 *   and the About page and handouts list the part as awaiting clinical review.
 * An entry that names unknown content, has a malformed date or hash, or repeats another entry's
 * content fails the build with a message naming the entry (src/content/review-check.ts).
 *
 * Nobody has signed off this release yet: the record is empty.
 */

/** What can be signed off: "module:<module id>" or "care-card:<level>". */
export type ContentKey = `module:${string}` | `care-card:${string}`;

export interface ClinicalSignOff {
  /** The content signed, e.g. "module:risks" or "care-card:emergency". */
  content: ContentKey;
  /** Shown as written: "Dr Li Wei" / "李伟医生". */
  reviewer: string;
  /** The reviewer's role, shown after the name: "Consultant rheumatologist, XX Hospital". */
  role: string;
  /** ISO date of the sign-off (YYYY-MM-DD). */
  date: string;
  /** SHA-256 (64 hex digits) of the content as signed, from `npm run review-hash`. */
  hash: string;
}

export const clinicalSignOffs: readonly ClinicalSignOff[] = [];
