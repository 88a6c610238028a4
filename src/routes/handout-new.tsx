import { useLoaderData, type LoaderFunctionArgs } from 'react-router';
import type { RouteHandle } from '../app/routes';
import { loadAllModuleDefs } from '../content/load-module';
import { loadModuleText } from '../content/load-text';
import { HandoutBuilder } from '../handout';
import { loadI18n } from '../i18n/setup';
import { langParam } from './route-params';

export const handle: RouteHandle = { namespaces: ['handout-builder'] };

export async function loader({ params }: LoaderFunctionArgs) {
  const lang = langParam(params);
  const [defs] = await Promise.all([loadAllModuleDefs(), loadI18n(lang, handle.namespaces)]);
  // Only the titles: the preview loads each part's key points when a part is chosen.
  const modules = await Promise.all(defs.map(async (m) => ({ id: m.id, title: (await loadModuleText(lang, m.id))?.title ?? m.id })));
  return { lang, modules };
}

/** For clinicians: make a handout (link, QR code, printout) for a patient. */
export function Component() {
  const { lang, modules } = useLoaderData<typeof loader>();
  return <HandoutBuilder lang={lang} modules={modules} />;
}
