/**
 * Inline at the end of every prerendered page (the same text everywhere, so one CSP hash fits):
 * starts the app's scripts after the first paint, so they never compete with the page's own text.
 * The build puts the entry script and its static imports in `data-modules` (space-separated).
 * A page opened in a background tab has no paint to wait for.
 */
export const bootScript = `(function (script) {
  function start() {
    script.getAttribute('data-modules').split(' ').forEach(function (url) {
      import(url);
    });
  }
  if (document.visibilityState === 'hidden') start();
  else requestAnimationFrame(function () {
    setTimeout(start, 0);
  });
})(document.currentScript);`;
