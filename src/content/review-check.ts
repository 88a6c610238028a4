import { careLevels } from './care-cards';
import { moduleIds } from './module-ids';
import type { ClinicalSignOff, ContentKey } from './reviews';

/** Every piece of content a clinician can sign off, in the order the About page lists them. */
export function contentKeys(): ContentKey[] {
  return [...moduleIds.map((id) => `module:${id}` as const), ...careLevels.map((level) => `care-card:${level}` as const)];
}

/** What a page may say about one piece of content. */
export type ReviewState =
  /** Signed off, and the content is exactly what was signed. */
  | { state: 'current'; reviewer: string; role: string; date: string }
  /** Signed off once, but the content changed since: it awaits clinical review again. */
  | { state: 'changed'; reviewer: string; role: string; date: string }
  /** Nobody has signed it off. */
  | { state: 'unsigned' };

export type ReviewStates = Partial<Record<ContentKey, ReviewState>>;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const SHA256 = /^[0-9a-f]{64}$/;

function isRealDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.toISOString().slice(0, 10) === value;
}

/**
 * What is wrong with a sign-off record, one message per problem, each naming its entry; [] when
 * it is sound. `known` is the content that exists (contentKeys()). A hash that no longer matches
 * is not a problem here: that is "changed since sign-off", a normal state the pages show.
 */
export function signOffProblems(record: readonly ClinicalSignOff[], known: readonly string[] = contentKeys()): string[] {
  const problems: string[] = [];
  const seen = new Map<string, number>();
  record.forEach((entry, i) => {
    const name = `Clinical sign-off #${i + 1} (content "${String(entry.content)}", reviewer "${String(entry.reviewer)}")`;
    const content = String(entry.content);
    const [kind, id] = content.split(/:(.*)/s);
    if (kind === 'module' && !known.includes(content)) problems.push(`${name}: unknown module id "${id}"`);
    else if (kind === 'care-card' && !known.includes(content)) problems.push(`${name}: unknown care card "${id}"; there is no such content to sign off`);
    else if (!known.includes(content)) problems.push(`${name}: "${content}" is not content that can be signed off (use "module:<id>" or "care-card:<level>")`);
    if (typeof entry.reviewer !== 'string' || !entry.reviewer.trim()) problems.push(`${name}: the reviewer's name is empty`);
    if (typeof entry.role !== 'string' || !entry.role.trim()) problems.push(`${name}: the reviewer's role is empty`);
    if (typeof entry.date !== 'string' || !isRealDate(entry.date)) problems.push(`${name}: malformed date "${String(entry.date)}" (use YYYY-MM-DD)`);
    if (typeof entry.hash !== 'string' || !SHA256.test(entry.hash)) problems.push(`${name}: malformed hash "${String(entry.hash)}" (64 lowercase hex digits from npm run review-hash)`);
    const earlier = seen.get(content);
    if (earlier !== undefined) problems.push(`${name}: signs off the same content as sign-off #${earlier + 1}; keep one entry per content`);
    else seen.set(content, i);
  });
  return problems;
}

/** The state of every piece of content, from the record and the content's current hashes. */
export function reviewStates(record: readonly ClinicalSignOff[], hashes: Partial<Record<ContentKey, string>>): ReviewStates {
  const states: ReviewStates = {};
  for (const key of Object.keys(hashes) as ContentKey[]) {
    const entry = record.find((e) => e.content === key);
    states[key] = !entry
      ? { state: 'unsigned' }
      : { state: entry.hash === hashes[key] ? 'current' : 'changed', reviewer: entry.reviewer, role: entry.role, date: entry.date };
  }
  return states;
}
