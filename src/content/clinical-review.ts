import type { ReviewState, ReviewStates } from './review-check';
import type { ContentKey } from './reviews';

// Written in by the build (vite.config.ts `define`, src/build/defines.ts): the sign-off record
// compared with the hashes of the content as built. Apart from the footer's constants, so only
// the pages that say something about review carry it.
declare const __CLINICAL_REVIEW__: ReviewStates | undefined;

const states: ReviewStates = typeof __CLINICAL_REVIEW__ === 'object' && __CLINICAL_REVIEW__ ? __CLINICAL_REVIEW__ : {};

/** Whether a clinician signed off this content as it is now. Without the build's answer: never signed. */
export function clinicalReview(key: ContentKey): ReviewState {
  return states[key] ?? { state: 'unsigned' };
}
