// Build-time only: the page paths and claim ids that were ever published must stay. Printed QR
// codes, handouts and shared claim lists point at them for years. Used by scripts/build.mjs
// (a lost id stops the build) and tests/unit/published-ids.test.ts (a new id must be listed too).
import { canonicalPaths } from '../app/canonical-paths';
import published from '../content/published-ids.json';
import { claims } from '../safety/claims';

export interface PublishedIds {
  /** Every canonical page of both languages (the sitemap, plus the handout page its QR codes open). */
  pages: readonly string[];
  /** src/safety/claims.ts: anchors #claim-<id> and claim-list links (?c=…). */
  claims: readonly string[];
}

const LIST = 'src/content/published-ids.json';

export const publishedIds: PublishedIds = published;

export function currentIds(): PublishedIds {
  return { pages: canonicalPaths(), claims: claims.map((c) => c.id) };
}

/** Listed ids the site no longer has, each with how to fix it. [] when nothing is lost. */
export function lostIds(list: PublishedIds = publishedIds, now: PublishedIds = currentIds()): string[] {
  const pages = new Set(now.pages);
  const claimIds = new Set(now.claims);
  return [
    // No page redirects exist yet (only "/x" → "/x/"), so a moved page needs its own forwarding
    // page, as the short handout addresses have (scripts/build.mjs).
    ...list.pages
      .filter((page) => !pages.has(page))
      .map(
        (page) =>
          `page ${page} is listed in ${LIST} but the site no longer has it. Printed QR codes and handouts point at it: ` +
          'keep the page, or add a redirect to where it went (a static page that forwards, like the short handout addresses in scripts/build.mjs), ' +
          `or, if it is meant to go, remove it from ${LIST} on purpose.`,
      ),
    ...list.claims
      .filter((id) => !claimIds.has(id))
      .map(
        (id) =>
          `claim "${id}" is listed in ${LIST} but src/safety/claims.ts no longer has it. Shared claim lists (?c=…) and #claim-${id} links use it: ` +
          `keep the id (change its words instead), or, if it is meant to go, remove it from ${LIST} on purpose.`,
      ),
  ];
}

/** Published ids not yet in the list: add them, so they are kept from now on. */
export function unlistedIds(list: PublishedIds = publishedIds, now: PublishedIds = currentIds()): string[] {
  const pages = new Set(list.pages);
  const claimIds = new Set(list.claims);
  return [
    ...now.pages.filter((page) => !pages.has(page)).map((page) => `page ${page} is published but not in ${LIST}: add it to "pages".`),
    ...now.claims.filter((id) => !claimIds.has(id)).map((id) => `claim "${id}" is published but not in ${LIST}: add it to "claims".`),
  ];
}
