/**
 * Share links in the browser: the second public entry of src/share-link/ (eslint.config.js), apart
 * from ./index.ts so the link core stays pure (no React, no DOM; tsconfig.pure.json checks it).
 */
export { shareOrCopy, useCopyText } from './copy-text';
export { ShareButton } from './share-button';
export { useLazyCodec } from './use-lazy-codec';
