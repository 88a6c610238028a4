import { sourceList } from '../sources';
import type { ModuleDef } from '../types';

export const risksModule: ModuleDef = {
  id: 'risks',
  minutes: 10,
  steps: [
    'msc-risks',
    'hsct-death-risk',
    'hsct-other-risks',
    'costs',
    'clinic-harms',
    'china-rules',
    'check-a-study',
    'key-points',
  ],
  quiz: [
    { id: 'q-pay-for-study', kind: 'red-flag', choices: ['yes', 'no'], correct: ['yes'], teaches: 'china-rules' },
    { id: 'q-one-in-ten', kind: 'single', choices: ['health', 'ten-of-100', 'over-70'], correct: ['ten-of-100'], teaches: 'hsct-death-risk' },
    { id: 'q-registry-listing', kind: 'red-flag', choices: ['yes', 'no'], correct: ['yes'], teaches: 'check-a-study' },
    { id: 'q-msc-side-effect', kind: 'single', choices: ['lung-clot', 'cancer', 'fever'], correct: ['fever'], teaches: 'msc-risks' },
    { id: 'q-real-study-signs', kind: 'red-flag', choices: ['yes', 'no'], correct: ['no'], teaches: 'check-a-study' },
    { id: 'q-salon-claims', kind: 'red-flag', choices: ['yes', 'no'], correct: ['yes'], teaches: 'china-rules' },
  ],
  sources: sourceList(
    'lalu-2012',
    'wang-2021-safety',
    'fda-ryoncil-label',
    'wu-2017',
    'tyndall-2011',
    'daikeler-2011',
    'loren-2019',
    'snowden-2017',
    'jessop-2019',
    'sfchronicle-2019',
    'jjckb-2021',
    'scib-2024-sle-cost',
    'kuriyan-2017',
    'berkowitz-2016',
    'perkins-2018',
    'cyranoski-2010',
    'ema-cat-2020',
    'fda-regen-2021',
    'china-stem-cell-rules-2015',
    'china-decree-818-2025',
    'nhc-2025',
    'turner-2017',
  ),
  lastReviewed: '2026-12-01',
  nextReview: '2027-06-01',
};

export default risksModule;
