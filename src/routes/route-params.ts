import type { Params } from 'react-router';
import { notFound } from '../app/not-found-response';
import { loadModuleDef } from '../content/load-module';
import type { ModuleDef } from '../content/types';
import { type Lang, isLang } from '../i18n/langs';

/** The language of a page inside /:lang (the layout already sent unknown languages to "not found"). */
export function langParam(params: Params): Lang {
  if (!isLang(params.lang)) throw notFound();
  return params.lang;
}

export async function moduleParam(params: Params): Promise<ModuleDef> {
  const mod = await loadModuleDef(params.moduleId);
  if (!mod) throw notFound();
  return mod;
}
