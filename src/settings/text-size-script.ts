import { SAVED_HANDOUTS_KEY } from '../storage/saved-handouts-key.ts';
import { TEXT_SIZE_KEY } from './text-size.ts';

/**
 * Inline in every page's <head> (the same text everywhere, so one CSP hash fits), before the first paint:
 * - marks that scripts run (`data-js`), which shows the "Larger text" button; without scripts it stays hidden;
 * - applies the remembered larger text, so the page never jumps in size;
 * - marks that handouts are kept in this browser (`data-saved-handouts`), so the home page keeps room
 *   for their box before it arrives (src/routes/home.tsx) instead of pushing the page down;
 * - makes the button work before the app has loaded. Once the app's own toggle is in place it sets
 *   `data-text-size-app` on <html> and this handler steps aside (src/settings/text-size-toggle.tsx).
 * The pressed look follows <html data-text-size> (base.css), so nothing here touches the app's markup
 * except `aria-pressed`, which the app's first render after hydration sets to the same value.
 */
export const textSizeScript = `(function () {
  var root = document.documentElement, key = ${JSON.stringify(TEXT_SIZE_KEY)};
  root.setAttribute('data-js', '');
  try {
    if (localStorage.getItem(key) === 'large') root.setAttribute('data-text-size', 'large');
    if (localStorage.getItem(${JSON.stringify(SAVED_HANDOUTS_KEY)}) !== null) root.setAttribute('data-saved-handouts', '');
  } catch (e) {}
  function pressed() {
    var large = root.getAttribute('data-text-size') === 'large';
    var buttons = document.querySelectorAll('.text-size');
    for (var i = 0; i < buttons.length; i++) buttons[i].setAttribute('aria-pressed', String(large));
  }
  document.addEventListener('DOMContentLoaded', function () {
    if (!root.hasAttribute('data-text-size-app')) pressed();
  });
  document.addEventListener('click', function (event) {
    var target = event.target;
    if (root.hasAttribute('data-text-size-app') || !(target instanceof Element) || !target.closest('.text-size')) return;
    var large = root.getAttribute('data-text-size') !== 'large';
    if (large) root.setAttribute('data-text-size', 'large');
    else root.removeAttribute('data-text-size');
    pressed();
    try {
      if (large) localStorage.setItem(key, 'large');
      else localStorage.removeItem(key);
    } catch (e) {}
  });
})();`;
