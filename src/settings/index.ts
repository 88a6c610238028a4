/**
 * The settings feature's public entry: other folders use it only through this file (eslint.config.js).
 * vite.config.ts imports text-size-script.ts itself: Node loads that config natively, without JSX.
 */
export { textSizeScript } from './text-size-script';
export { TextSizeToggle } from './text-size-toggle';
