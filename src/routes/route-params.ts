import type { Params } from 'react-router';
import { notFound } from '../app/not-found-response';
import { findModule } from '../content/modules';
import type { Lang, ModuleDef } from '../content/types';
import { isLang } from '../i18n/langs';

/** The language of a page inside /:lang (the layout already sent unknown languages to "not found"). */
export function langParam(params: Params): Lang {
  if (!isLang(params.lang)) throw notFound();
  return params.lang;
}

export function moduleParam(params: Params): ModuleDef {
  const mod = findModule(params.moduleId);
  if (!mod) throw notFound();
  return mod;
}
