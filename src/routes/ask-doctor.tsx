import { useLoaderData, type LoaderFunctionArgs } from 'react-router';
import type { RouteHandle } from '../app/routes';
import { numberSources } from '../components/source-list';
import { loadModuleDef } from '../content/load-module';
import { loadI18n } from '../i18n/setup';
import { alreadyHadInfusionStep, AskDoctorPage, askDoctorSources, careCardSources, safetySources } from '../safety';
import { langParam } from './route-params';

// careCardNamespaces(levels) of src/content/care-cards.ts, written out so the page does not load
// that module (tests/unit/safety-content.test.ts checks they agree).
export const handle: RouteHandle = { namespaces: ['safety', 'key-questions', 'care-cards', 'care-card-urgent'], reading: { share: true } };

export async function loader({ params }: LoaderFunctionArgs) {
  const lang = langParam(params);
  // Sources are read here only (at build time), not shipped with the page script (vite.config.ts replaces loaders).
  const [risks] = await Promise.all([loadModuleDef(alreadyHadInfusionStep.moduleId), loadI18n(lang, handle.namespaces)]);
  const ids = [...Object.values(careCardSources).flat(), ...askDoctorSources];
  return { lang, sources: numberSources(safetySources(ids)), hadInfusionStep: Boolean(risks?.steps.includes(alreadyHadInfusionStep.stepId)) };
}

/** The help page every page links to from the header (src/safety/ask-doctor-page.tsx). */
export function Component() {
  return <AskDoctorPage {...useLoaderData<typeof loader>()} />;
}
