import { sourceList } from '../sources';
import type { ModuleDef } from '../types';

export const sleModule: ModuleDef = {
  id: 'sle',
  minutes: 10,
  steps: ['what-is-lupus', 'lupus-nephritis', 'standard-care', 'msc-studies', 'survival-claim', 'hsct', 'car-t', 'key-points'],
  quiz: [
    { id: 'q-hcq-everyone', kind: 'single', choices: ['msc-yearly', 'hcq', 'high-steroids'], correct: ['hcq'], teaches: 'standard-care' },
    { id: 'q-stop-medicines', kind: 'true-false', choices: ['true', 'false'], correct: ['false'], teaches: 'standard-care' },
    { id: 'q-survival-claim', kind: 'single', choices: ['helped', 'cured', 'three-died'], correct: ['three-died'], teaches: 'survival-claim' },
    { id: 'q-placebo-trial', kind: 'single', choices: ['no-benefit', 'stopped-success', 'no-medicines'], correct: ['no-benefit'], teaches: 'msc-studies' },
    {
      id: 'q-kidney-signs',
      kind: 'multiple',
      choices: ['swelling', 'foamy', 'runny-nose', 'high-bp'],
      correct: ['swelling', 'foamy', 'high-bp'],
      teaches: 'lupus-nephritis',
    },
    { id: 'q-approved-claim', kind: 'red-flag', choices: ['yes', 'no'], correct: ['yes'], teaches: 'msc-studies' },
  ],
  sources: sourceList(
    'cn-sle-2020',
    'tamirou-2021',
    'eular-2023',
    'acr-2025',
    'wang-2014',
    'deng-2017',
    'zhou-2020',
    'desilva-2019',
    'tyndall-2011',
    'mackensen-2022',
    'muller-2024',
    'fda-cart-boxed-warning-2024',
  ),
  lastReviewed: '2026-12-01',
  nextReview: '2027-06-01',
};

export default sleModule;
