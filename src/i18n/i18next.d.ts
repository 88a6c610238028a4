import 'i18next';
import type about from '../../locales/en/about.json';
import type careCards from '../../locales/en/care-cards.json';
import type careCardUrgent from '../../locales/en/care-card-urgent.json';
import type claimChecker from '../../locales/en/claim-checker.json';
import type claimExplanations from '../../locales/en/claim-explanations.json';
import type common from '../../locales/en/common.json';
import type forFamily from '../../locales/en/for-family.json';
import type handout from '../../locales/en/handout.json';
import type handoutBuilder from '../../locales/en/handout-builder.json';
import type handoutDamaged from '../../locales/en/handout-damaged.json';
import type keyQuestions from '../../locales/en/key-questions.json';
import type questionList from '../../locales/en/question-list.json';
import type quiz from '../../locales/en/quiz.json';
import type safety from '../../locales/en/safety.json';
import type progress from '../../locales/en/progress.json';
import type savedHandouts from '../../locales/en/saved-handouts.json';
import type share from '../../locales/en/share.json';

// Typed keys: every namespace in locales/en/*.json is listed here.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: { common: typeof common; handout: typeof handout; 'handout-builder': typeof handoutBuilder; 'handout-damaged': typeof handoutDamaged; quiz: typeof quiz; safety: typeof safety; 'care-cards': typeof careCards; 'key-questions': typeof keyQuestions; 'question-list': typeof questionList; 'claim-checker': typeof claimChecker; 'claim-explanations': typeof claimExplanations; 'for-family': typeof forFamily; progress: typeof progress; about: typeof about; 'care-card-urgent': typeof careCardUrgent; 'saved-handouts': typeof savedHandouts; share: typeof share };
  }
}
