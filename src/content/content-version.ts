/**
 * The newest module review date, shown in every page's footer. Kept as a literal
 * so the footer does not pull every module's data into the first script;
 * tests/unit/content-structure.test.ts checks it against the modules.
 */
export const contentLastReviewed = '2026-12-01';

/**
 * The version of the guide's content, printed on handouts so a paper copy can be
 * matched to what it said. Bump it whenever module text changes in meaning.
 */
export const contentVersion = '1.2';
