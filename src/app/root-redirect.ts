import { preferredLang } from '../i18n/langs';
import { rememberedLang } from '../i18n/remember-lang';

// "/" only: a full page load of the prerendered home page in the remembered or the browser's
// language. The app itself is not loaded here; without scripts "/" shows two language links.
const lang = rememberedLang() ?? preferredLang(navigator.languages ?? [navigator.language]);
location.replace(`/${lang}/${location.search}${location.hash}`);
