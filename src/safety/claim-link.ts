/**
 * The claim-list link: /{lang}/claim-checker/?v=1&c=no-rejection,survival-92
 *
 *   v=1     format version
 *   c=…     claim ids (src/safety/claims.ts), joined by ","
 *
 * It carries claim ids only, never the text of an ad. Pure (URLSearchParams only), so it can
 * move into a shared link core later. Decoding never throws: a damaged or hostile link gives
 * the ids it could read, in the page's order, plus the problems found. Unknown ids are counted,
 * never echoed (they are someone else's text).
 */
import { claims, isClaimId, type ClaimId } from './claims';

export const CLAIM_LINK_VERSION = 1;
/** Longer query strings are cut before they are read: no list needs more. */
const MAX_SEARCH_LENGTH = 4_000;
/** At most this many ids are looked at (there are about 20 claims). */
const MAX_IDS = 100;

export type ClaimLinkProblem =
  /** Ids this guide does not know (a typo, a cut link, or a later version's claim). */
  | 'unknown-claim'
  /** Made by a later version of the guide: read as well as possible. */
  | 'newer-version'
  /** The version or part of the link could not be read at all. */
  | 'unreadable'
  /** Far longer than any list: only its start was read. */
  | 'too-long';

export interface DecodedClaimList {
  /** Known claim ids, in the page's order, each once. */
  ids: ClaimId[];
  /** How many ids in the link were not known (never the ids themselves). */
  unknown: number;
  /** Each problem once, in the order found; empty for a link this code wrote. */
  problems: ClaimLinkProblem[];
  /** The link held a claim list at all (a "c" or "v" parameter). */
  present: boolean;
}

/** The query string ("?v=1&c=a,b") for a list, or "" for an empty one. Ids are [a-z0-9-]: no escaping needed. */
export function encodeClaimLink(ids: Iterable<string>): string {
  const wanted = new Set(ids);
  const known = claims.map((c) => c.id).filter((id) => wanted.has(id));
  return known.length ? `?v=${CLAIM_LINK_VERSION}&c=${known.join(',')}` : '';
}

/** Reads a query string (with or without "?"); any input at all gives a list and never throws. */
export function decodeClaimLink(search: unknown): DecodedClaimList {
  const problems = new Set<ClaimLinkProblem>();
  let unknown = 0;
  try {
    let input = typeof search === 'string' ? search : '';
    if (input.length > MAX_SEARCH_LENGTH) {
      input = input.slice(0, MAX_SEARCH_LENGTH);
      problems.add('too-long');
    }
    // URLSearchParams decodes leniently: broken escapes become U+FFFD, lone surrogates are replaced.
    const params = new URLSearchParams(input);
    const version = params.get('v');
    const present = params.has('c') || version !== null;
    if (version !== null && version !== String(CLAIM_LINK_VERSION)) {
      if (/^\d{1,6}$/.test(version) && Number(version) > CLAIM_LINK_VERSION) problems.add('newer-version');
      else problems.add('unreadable');
    }
    const found = new Set<string>();
    const raw = params.getAll('c').flatMap((c) => c.split(/[,.\s]+/));
    if (raw.length > MAX_IDS) problems.add('too-long');
    for (const part of raw.slice(0, MAX_IDS)) {
      const id = part.trim().toLowerCase();
      if (!id) continue;
      if (isClaimId(id)) found.add(id);
      else unknown++;
    }
    if (unknown) problems.add('unknown-claim');
    return { ids: claims.map((c) => c.id).filter((id) => found.has(id)), unknown, problems: [...problems], present };
  } catch {
    // Nothing above should throw; if a browser's URL parsing ever does, show an empty list.
    return { ids: [], unknown, problems: [...problems, 'unreadable'], present: true };
  }
}
