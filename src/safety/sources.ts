import { sourceList, type SourceId } from '../content/sources';
import type { Source } from '../content/types';
import type { CareLevel } from './care-cards';

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
];

/** What each care card's advice is built from (fact base 6.3). */
export const careCardSources: Record<CareLevel, readonly string[]> = {
  emergency: ['fda-ryoncil-label', 'cyranoski-2010', 'kuriyan-2017', 'berkowitz-2016', 'nice-cg151', 'christie-fever'],
  urgent: ['fda-ryoncil-label', 'wu-2017', 'perkins-2018', 'nice-cg151'],
  'non-urgent': [],
};

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
