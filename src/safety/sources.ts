import { sourceList, type SourceId } from '../content/sources';
import type { Source } from '../content/types';
import type { CareLevel } from '../content/care-cards';

/**
 * Sources the safety pages cite that no module cites. Everything else comes from the
 * modules' registry (src/content/sources.ts), so a shared source never differs.
 * Pages load this file from their loaders only (build time and client navigation),
 * so its text is not part of a page's first-load script.
 */
const safetyOnly: Source[] = [
  {
    id: 'isscr-handbook-2008',
    authors: 'International Society for Stem Cell Research (ISSCR)',
    year: 2008,
    title: 'Patient Handbook on Stem Cell Therapies',
    venue: 'Appendix I of the ISSCR Guidelines for the Clinical Translation of Stem Cells, 3 December 2008',
    type: 'patient-info',
    url: 'https://www.isscr.org/patients',
  },
  {
    id: 'nice-cg151',
    authors: 'National Institute for Health and Care Excellence (NICE)',
    year: 2012,
    title: 'Neutropenic sepsis: prevention and management in people with cancer (CG151), information for the public',
    venue: 'NICE clinical guideline CG151',
    type: 'guideline',
    url: 'https://www.nice.org.uk/guidance/cg151',
  },
  {
    id: 'christie-fever',
    authors: 'The Christie NHS Foundation Trust',
    year: 2026,
    title: 'Infection and fever advice',
    venue: 'The Christie acute oncology service, patient information (web page, accessed 2026)',
    type: 'patient-info',
    url: 'https://christie.nhs.uk/patients-and-visitors/services/acute-oncology/infection-and-fever-advice',
  },
  {
    id: 'versus-arthritis-mycophenolate',
    authors: 'Arthritis Research UK (now Versus Arthritis)',
    year: 2018,
    title: 'Mycophenolate: possible side effects',
    venue: 'Patient drug information (archived page)',
    type: 'patient-info',
    url: 'https://www.arthritisresearchuk.org/arthritis-information/drugs/mycophenolate/possible-side-effects.aspx',
  },
  {
    id: 'nhs-azathioprine',
    authors: 'NHS (National Health Service, England)',
    year: 2026,
    title: 'About azathioprine',
    venue: 'NHS medicines A to Z (accessed 2026)',
    type: 'patient-info',
    url: 'https://www.nhs.uk/medicines/azathioprine/about-azathioprine/',
  },
  {
    id: 'lupus-nsw-infections',
    authors: 'Lupus Association of NSW',
    year: 2026,
    title: 'Infections',
    venue: 'Living with lupus (accessed 2026)',
    type: 'patient-info',
    url: 'https://lupusnsw.org.au/living-with-lupus/infections/',
  },
  {
    id: 'niams-fever-lupus',
    authors: 'National Institute of Arthritis and Musculoskeletal and Skin Diseases (NIAMS)',
    year: 1999,
    title: 'Fever and lupus',
    venue: 'US National Institutes of Health, patient information',
    type: 'patient-info',
    url: 'https://www.niams.nih.gov/',
  },
  {
    id: 'aus-immunisation-handbook-zoster',
    authors: 'Australian Technical Advisory Group on Immunisation (ATAGI)',
    year: 2026,
    title: 'Recommendations for use of zoster vaccine in people on immunosuppressive therapy (table)',
    venue: 'Australian Immunisation Handbook',
    type: 'guideline',
    url: 'https://immunisationhandbook.health.gov.au/resources/handbook-tables/table-recommendations-for-use-of-zoster-vaccine-in-people-on',
  },
  {
    id: 'fda-report-stem-cell-harm',
    authors: 'US Food and Drug Administration (FDA)',
    year: 2026,
    title: 'Reporting adverse events related to stem cells, exosomes, or other products marketed as regenerative medicine',
    venue: 'FDA consumer information (accessed 2026)',
    type: 'regulator',
    url: 'https://www.fda.gov/vaccines-blood-biologics/consumers-biologics/reporting-adverse-events-related-stem-cells-exosomes-or-other-products-marketed-regenerative',
  },
];

/** What each care card's advice is built from (fact base 6.3; fever on lupus medicines 9.2; after an infusion 9.6). */
export const careCardSources: Record<CareLevel, readonly string[]> = {
  emergency: ['fda-ryoncil-label', 'cyranoski-2010', 'kuriyan-2017', 'berkowitz-2016', 'nice-cg151', 'christie-fever'],
  urgent: [
    'versus-arthritis-mycophenolate',
    'nhs-azathioprine',
    'lupus-nsw-infections',
    'niams-fever-lupus',
    'aus-immunisation-handbook-zoster',
    'perkins-2018',
    'wu-2017',
  ],
  'non-urgent': ['fda-report-stem-cell-harm'],
};

/**
 * What the rest of the ask-your-doctor page says "why" from: guidelines on lupus medicines, the
 * only published double-blind MSC trial, China's rules on studies, warning signs, reporting harm.
 */
export const askDoctorSources: readonly string[] = [
  'acr-2025',
  'eular-2023',
  'deng-2017',
  'china-stem-cell-rules-2015',
  'china-decree-818-2025',
  'nhc-2025',
  'isscr-handbook-2008',
  'fda-report-stem-cell-harm',
];

/** The sources for these ids, in the order given; throws on an unknown id (a bug the tests catch). */
export function safetySources(ids: readonly string[]): Source[] {
  return [...new Set(ids)].map((id) => {
    const own = safetyOnly.find((s) => s.id === id);
    if (own) return own;
    const [shared] = sourceList(id as SourceId);
    if (!shared?.title) throw new Error(`Unknown source ${id}`);
    return shared;
  });
}
