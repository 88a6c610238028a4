import { fallbackLang, LANGS, langs } from '../i18n/langs';

const prefixes = Object.fromEntries(langs.map((l) => [l, LANGS[l].browserPrefixes]));

/**
 * "/" only, inline (no app, no framework): a full page load of the prerendered home page in the
 * remembered language (src/i18n/remember-lang.ts), else the browser's (src/i18n/langs.ts preferredLang:
 * the first browser language one of ours claims, else the fallback). Without scripts "/" shows a
 * link per language. tests/unit/inline-scripts.test.ts checks it against rememberLang and preferredLang.
 */
export const rootRedirectScript = `(function (langs, prefixes, fallback) {
  var lang;
  try {
    lang = localStorage.getItem('sci-lang');
  } catch (e) {}
  if (langs.indexOf(lang) < 0) {
    var wanted = navigator.languages || [navigator.language];
    lang = fallback;
    search: for (var i = 0; i < wanted.length; i++) {
      for (var l in prefixes) {
        for (var j = 0; j < prefixes[l].length; j++) {
          if (String(wanted[i]).toLowerCase().indexOf(prefixes[l][j]) === 0) {
            lang = l;
            break search;
          }
        }
      }
    }
  }
  location.replace('/' + lang + '/' + location.search + location.hash);
})(${JSON.stringify(langs)}, ${JSON.stringify(prefixes)}, ${JSON.stringify(fallbackLang)});`;
