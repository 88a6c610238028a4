/**
 * The safety feature's public entry (help page, questions for your doctor, ad checker, family
 * page): other folders use it only through this file (eslint.config.js). Build-time checks in
 * src/build/ read its data files directly, as tests do.
 */
export { alreadyHadInfusionStep, AskDoctorPage } from './ask-doctor-page';
export { Citation } from './citation';
export { ClaimCheckerPage } from './claim-checker-page';
export { loadClaimDetails } from './claim-details';
export { keyQuestionIds } from './key-questions';
export { loadTopicModules } from './missed-topics';
export { QuestionListPage } from './question-list-page';
/** For loaders only: the client build replaces loaders with the prerendered data, so pages never ship the sources. */
export { askDoctorSources, careCardSources, safetySources } from './sources';
