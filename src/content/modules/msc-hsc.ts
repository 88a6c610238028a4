import { sourceList } from '../sources';
import type { ModuleDef } from '../types';

export const mscHscModule: ModuleDef = {
  id: 'msc-hsc',
  minutes: 9,
  steps: ['two-kinds', 'where-cells-go', 'what-msc-do', 'approved-uses', 'main-risks', 'side-by-side', 'car-t', 'key-points'],
  quiz: [
    { id: 'q-msc-become-organs', kind: 'true-false', choices: ['true', 'false'], correct: ['false'], teaches: 'what-msc-do' },
    { id: 'q-no-rejection', kind: 'red-flag', choices: ['yes', 'no'], correct: ['yes'], teaches: 'what-msc-do' },
    { id: 'q-where-msc-go', kind: 'single', choices: ['bone-marrow', 'kidneys', 'lungs'], correct: ['lungs'], teaches: 'where-cells-go' },
    { id: 'q-msc-approved-use', kind: 'single', choices: ['lupus-kidney', 'gvhd', 'heart-repair'], correct: ['gvhd'], teaches: 'approved-uses' },
    {
      id: 'q-true-statements',
      kind: 'multiple',
      choices: ['hsc-marrow', 'cart-stem-cell', 'cart-own-cells', 'msc-lupus-china'],
      correct: ['hsc-marrow', 'cart-own-cells'],
      teaches: 'car-t',
    },
  ],
  sources: sourceList(
    'wang-2021-rheum',
    'dominici-2006',
    'fda-hemacord',
    'galipeau-2018',
    'ankrum-2014',
    'robey-2017',
    'fda-ryoncil-label',
    'cnpharm-2025-amimestrocel',
    'ema-alofisel-2024',
    'lalu-2012',
    'wu-2017',
    'sullivan-2018',
    'jessop-2019',
    'loren-2019',
    'desilva-2019',
    'mackensen-2022',
    'fda-cart-boxed-warning-2024',
  ),
  lastReviewed: '2026-12-01',
  nextReview: '2027-06-01',
};

export default mscHscModule;
