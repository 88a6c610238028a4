/**
 * The handout feature's public entry: other folders use handouts only through this file
 * (eslint.config.js). Parts that load on demand are offered as `import…` functions, each its own
 * chunk; re-exporting them here would put them in every page that imports this entry.
 */
export { decodeHandout, encodeHandout, isDamaged } from './handout-link';
export { everyShortChoice, shortPath } from './short-address';
export { HandoutBuilder } from './handout-builder';
/** For the handout route's loader only (the page's script has its data). */
export { loadHandoutContent } from './handout-content';

export const importHandoutView = () => import('./handout-view');
export const importDamagedView = () => import('./damaged-view');
export const importSavedHandoutsBox = () => import('./saved-handouts-box');
/** The link field with Copy, Share and Print, used by the builder and the claim checker's list. */
export const importShareControls = () => import('./share-controls');
