/**
 * "/" only, inline (no app, no framework): a full page load of the prerendered home page in the
 * remembered language (src/i18n/remember-lang.ts), else the browser's (src/i18n/langs.ts preferredLang:
 * any zh* → Chinese, else English). Without scripts "/" shows two language links.
 * tests/unit/inline-scripts.test.ts checks it against rememberLang and preferredLang.
 */
export const rootRedirectScript = `(function () {
  var lang;
  try {
    lang = localStorage.getItem('sci-lang');
  } catch (e) {}
  if (lang !== 'en' && lang !== 'zh') {
    var wanted = navigator.languages || [navigator.language];
    lang = 'en';
    for (var i = 0; i < wanted.length; i++) if (String(wanted[i]).toLowerCase().indexOf('zh') === 0) lang = 'zh';
  }
  location.replace('/' + lang + '/' + location.search + location.hash);
})();`;
