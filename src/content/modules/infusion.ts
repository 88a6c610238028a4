import { sourceList } from '../sources';
import type { ModuleDef } from '../types';

export const infusionModule: ModuleDef = {
  id: 'infusion',
  minutes: 9,
  steps: [
    'what-stem-cells-are',
    'own-or-donor',
    'how-cells-are-given',
    'proven-or-experimental',
    'what-approved-means',
    'own-cells-not-safe',
    'how-to-check',
    'key-points',
  ],
  quiz: [
    { id: 'q-own-cells-safe', kind: 'true-false', choices: ['true', 'false'], correct: ['false'], teaches: 'own-cells-not-safe' },
    { id: 'q-main-route', kind: 'single', choices: ['spine', 'vein', 'eye'], correct: ['vein'], teaches: 'how-cells-are-given' },
    {
      id: 'q-donor-rejection',
      kind: 'single',
      choices: ['can-react', 'too-young', 'always-better'],
      correct: ['can-react'],
      teaches: 'own-or-donor',
    },
    {
      id: 'q-proven-use',
      kind: 'single',
      choices: ['msc-lupus', 'eye-fat', 'blood-transplant'],
      correct: ['blood-transplant'],
      teaches: 'proven-or-experimental',
    },
    { id: 'q-paid-study', kind: 'red-flag', choices: ['yes', 'no'], correct: ['yes'], teaches: 'what-approved-means' },
    {
      id: 'q-check-first',
      kind: 'single',
      choices: ['pay-deposit', 'stop-meds', 'ask-papers'],
      correct: ['ask-papers'],
      teaches: 'how-to-check',
    },
  ],
  sources: sourceList(
    'isscr-patients',
    'fda-hemacord',
    'wang-2021-rheum',
    'ankrum-2014',
    'wang-2014',
    'zhou-2020',
    'nct06737380',
    'berkowitz-2016',
    'kuriyan-2017',
    'cnpharm-2025-amimestrocel',
    'china-stem-cell-rules-2015',
    'china-decree-818-2025',
    'fda-regen-2021',
    'ema-cat-2020',
    'eu-atmp-regulation-2007',
    'chictr-about',
    'cde-trial-platform',
    'cn-sle-2020',
    'nhs-prednisolone',
  ),
  lastReviewed: '2026-12-01',
  nextReview: '2027-06-01',
};

export default infusionModule;
