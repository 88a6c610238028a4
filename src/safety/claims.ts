/**
 * "Is this a warning sign?": claims a clinic may make, each with the sources that name it
 * a warning sign (fact base 6.1, 5.1, 5.2). Ids are permanent; words in claim-checker.json → items.
 */
import type claimText from '../../locales/en/claim-checker.json';

export type ClaimId = keyof typeof claimText.items;

export interface ClaimDef {
  id: ClaimId;
  /** Source ids (src/safety/sources.ts), most direct first. */
  sources: readonly string[];
}

export const claims: readonly ClaimDef[] = [
  { id: 'no-risk', sources: ['isscr-handbook-2008', 'nhc-2025', 'fda-regen-2021'] },
  { id: 'one-shot', sources: ['nhc-2025'] },
  { id: 'many-diseases', sources: ['isscr-handbook-2008', 'nhc-2025'] },
  { id: 'stories', sources: ['isscr-handbook-2008'] },
  { id: 'pay-study', sources: ['china-stem-cell-rules-2015', 'china-decree-818-2025', 'nhc-2025', 'fda-regen-2021'] },
  { id: 'salon', sources: ['nhc-2025', 'china-stem-cell-rules-2015'] },
  { id: 'trip-abroad', sources: ['nhc-2025', 'cyranoski-2010'] },
  { id: 'no-number', sources: ['fda-regen-2021', 'china-stem-cell-rules-2015'] },
];
