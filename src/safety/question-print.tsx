import { useTranslation } from 'react-i18next';
import type { KeyQuestionId } from './key-questions';
import type { Topic } from './missed-topics';

interface Props {
  keyQuestions: readonly KeyQuestionId[];
  own: readonly string[];
  topics: readonly Topic[];
}

/** The list as it is printed: the questions, the reader's own (isolated: their words, their direction), the missed topics, room for notes. */
export function QuestionPrint({ keyQuestions, own, topics }: Props) {
  const { t } = useTranslation('question-list');
  const { t: ts } = useTranslation('key-questions');
  const { t: tc } = useTranslation();
  return (
    <section className="print-only question-print" aria-hidden="true">
      <h2>{t('printTitle')}</h2>
      <ol className="question-print__list">
        {keyQuestions.map((q) => (
          <li key={q}>{ts(q)}</li>
        ))}
        {own.map((o, i) => (
          <li key={`own-${i}`}>
            <bdi>{o}</bdi>
          </li>
        ))}
        {topics.map((topic) => (
          <li key={`${topic.moduleId}/${topic.stepId}`}>{t('printMissed', { step: topic.step, module: topic.module })}</li>
        ))}
      </ol>
      <h3>{t('printNotes')}</h3>
      <div className="question-print__notes" />
      <p className="question-print__footer">{tc('footer.notAdvice')}</p>
    </section>
  );
}
