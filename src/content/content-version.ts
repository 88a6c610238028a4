/**
 * The newest module review date, shown in every page's footer. Kept as a literal
 * so the footer does not pull every module's data into the first script;
 * tests/unit/content-structure.test.ts checks it against the modules.
 */
export const contentLastReviewed = '2026-11-23';
