/**
 * "Check a clinic's ad": the claims clinic ads make, each with the sources that show why it is
 * wrong, misleading or a warning sign (fact base §7, §1–5, §6.1). Ids are permanent: they are
 * page anchors (#claim-<id>), they travel in list links (src/safety/claim-link.ts) and the
 * phrase lists (src/safety/claim-phrases.ts) are keyed by them. Words: claim-checker.json → items.
 */
import type claimText from '../../locales/en/claim-checker.json';

export type ClaimId = keyof typeof claimText.items;

/** The four groups the page shows, in order. */
export const claimGroups = ['safety', 'proof', 'approval', 'money'] as const;
export type ClaimGroup = (typeof claimGroups)[number];

/**
 * How the page labels the ad's words: "false" (not true), "misleading" (a true number or fact
 * used to suggest something it does not show), "warning" (a practice that is a warning sign).
 */
export type ClaimVerdict = 'false' | 'misleading' | 'warning';

export interface ClaimDef {
  id: ClaimId;
  group: ClaimGroup;
  verdict: ClaimVerdict;
  /** Source ids (src/safety/sources.ts), most direct first. */
  sources: readonly string[];
  /** The row of the fact base's §7 table this claim covers, if any. */
  factBase7?: number;
}

export const claims: readonly ClaimDef[] = [
  // Promises of safety
  { id: 'no-risk', group: 'safety', verdict: 'false', sources: ['isscr-handbook-2008', 'nhc-2025', 'fda-regen-2021'] },
  { id: 'no-rejection', group: 'safety', verdict: 'false', sources: ['ankrum-2014'], factBase7: 1 },
  { id: 'no-complications', group: 'safety', verdict: 'false', sources: ['deng-2017', 'wang-2014', 'fda-ryoncil-label', 'perkins-2018'], factBase7: 3 },
  { id: 'own-cells-safe', group: 'safety', verdict: 'false', sources: ['kuriyan-2017', 'fda-regen-2021'] },
  // "Proof" that it works
  { id: 'high-success', group: 'proof', verdict: 'misleading', sources: ['deng-2017', 'zhou-2020', 'ema-alofisel-2024'], factBase7: 2 },
  { id: 'one-shot', group: 'proof', verdict: 'false', sources: ['nhc-2025'] },
  { id: 'many-diseases', group: 'proof', verdict: 'false', sources: ['isscr-handbook-2008', 'nhc-2025'] },
  { id: 'cells-transform', group: 'proof', verdict: 'false', sources: ['robey-2017', 'ankrum-2014', 'deng-2017', 'fda-regen-2021'], factBase7: 4 },
  { id: 'stories', group: 'proof', verdict: 'misleading', sources: ['isscr-handbook-2008'], factBase7: 5 },
  { id: 'study-40', group: 'proof', verdict: 'misleading', sources: ['wang-2014'], factBase7: 6 },
  { id: 'survival-92', group: 'proof', verdict: 'misleading', sources: ['wang-2014', 'cn-sle-2020'], factBase7: 7 },
  { id: 'responses-40', group: 'proof', verdict: 'misleading', sources: ['wang-2014'], factBase7: 8 },
  { id: 'proteinuria-drop', group: 'proof', verdict: 'misleading', sources: ['wang-2014', 'deng-2017', 'zhou-2020'], factBase7: 9 },
  { id: 'only-masks-symptoms', group: 'proof', verdict: 'false', sources: ['cn-sle-2020', 'eular-2023', 'acr-2025'] },
  // Approval and the law
  { id: 'approved-routine', group: 'approval', verdict: 'false', sources: ['cnpharm-2025-amimestrocel', 'nhc-2025', 'fda-regen-2021'], factBase7: 10 },
  { id: 'registered-trial', group: 'approval', verdict: 'misleading', sources: ['fda-regen-2021', 'turner-2017'] },
  { id: 'no-number', group: 'approval', verdict: 'warning', sources: ['fda-regen-2021', 'china-stem-cell-rules-2015'] },
  // Money, place and travel
  { id: 'pay-study', group: 'money', verdict: 'warning', sources: ['china-stem-cell-rules-2015', 'china-decree-818-2025', 'nhc-2025', 'fda-regen-2021'], factBase7: 11 },
  { id: 'salon', group: 'money', verdict: 'warning', sources: ['nhc-2025', 'china-stem-cell-rules-2015'] },
  { id: 'trip-abroad', group: 'money', verdict: 'warning', sources: ['nhc-2025', 'cyranoski-2010'] },
];

const ids: ReadonlySet<string> = new Set(claims.map((c) => c.id));

export function isClaimId(value: string): value is ClaimId {
  return ids.has(value);
}

/** The anchor of a claim on the checker page: /{lang}/claim-checker/#claim-<id>. */
export const claimAnchor = (id: ClaimId) => `claim-${id}`;
