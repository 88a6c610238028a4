/**
 * The claim-list link, a forgiving link of the share-link core:
 * /{lang}/claim-checker/?v=1&c=no-rejection,survival-92
 *
 *   v=1     format version
 *   c=…     claim ids (src/safety/claims.ts), joined by ","
 *
 * It carries claim ids only, never the text of an ad. A damaged or hostile link gives the ids
 * it could read, in the page's order, plus the problems found; ids the guide does not know are
 * left out and never shown (they are someone else's text).
 */
import { decodeQuery, defineLink, encodeQuery, ids } from '../share-link';
import { claims, type ClaimId } from './claims';

const claimIds: readonly ClaimId[] = claims.map((c) => c.id);

export const claimLink = defineLink({
  version: 1,
  fields: {
    claims: ids({ key: 'c', separator: ',', max: 50, known: claimIds, names: { bad: 'unknown-claim', unknown: 'unknown-claim', many: 'too-long' } }),
  },
});

/** unknown-claim: ids this guide does not know; newer-version: made by another version; too-long: more ids than any list. */
export type ClaimLinkProblem = 'unknown-claim' | 'newer-version' | 'too-long';

export interface DecodedClaimList {
  /** Known claim ids, in the page's order, each once. */
  ids: ClaimId[];
  /** Each problem once, in the order found; empty for a link this code wrote. */
  problems: ClaimLinkProblem[];
  /** The link held a claim list at all (a "c" or "v" parameter). */
  present: boolean;
}

/** The query string ("?v=1&c=a,b") for a list, or "" for an empty one. */
export function encodeClaimLink(picked: Iterable<string>): string {
  const wanted = new Set(picked);
  const known = claimIds.filter((id) => wanted.has(id));
  return known.length ? `?${encodeQuery(claimLink, { claims: known })}` : '';
}

/** Reads a query string (with or without "?"); any input at all gives a list and never throws. */
export function decodeClaimLink(search: unknown): DecodedClaimList {
  const query = typeof search === 'string' ? search : '';
  const { values, problems } = decodeQuery(claimLink, query);
  const read = new Set(values.claims);
  return {
    ids: claimIds.filter((id) => read.has(id)),
    problems: [...new Set(problems.map((p) => p.kind))],
    present: /(?:^|[?&])[vc]=/.test(query),
  };
}
