import { useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { QuestionDef, QuestionText } from '../content/types';
import { scoreQuestion } from './score';

const LETTERS = 'ABCDEFGHIJ';

export interface QuestionCardProps {
  question: QuestionDef;
  text: QuestionText;
  number: number;
  total: number;
  chosen: string[];
  checked: boolean;
  /** "Read more" link to the step that teaches this point. */
  readMore: ReactNode;
  onChange(chosen: string[]): void;
  onCheck(): void;
}

/**
 * One question as a native fieldset with radios or checkboxes. After "Check answer"
 * the feedback appears in words and icon (never colour alone) and takes focus.
 */
export function QuestionCard({ question, text, number, total, chosen, checked, readMore, onChange, onCheck }: QuestionCardProps) {
  const { t } = useTranslation('quiz');
  const id = useId();
  const feedback = useRef<HTMLDivElement>(null);
  const multiple = question.kind === 'multiple';
  const score = scoreQuestion(question, chosen);
  const right = score.type === 'points' && score.earned === 1;
  const answerText = question.correct.map((c) => `${LETTERS[question.choices.indexOf(c)]}. ${text.choices[c]}`).join('; ');

  const check = () => {
    onCheck();
    // After React shows the feedback, move focus to it so it is read next.
    requestAnimationFrame(() => feedback.current?.focus());
  };

  return (
    <section className="question" aria-labelledby={`${id}-legend`} data-question={question.id}>
      <fieldset className="question__fieldset" disabled={checked} aria-describedby={`${id}-hint`}>
        <legend id={`${id}-legend`} className="question__legend">
          <span className="question__number">{t('questionOf', { current: number, total })}</span>
          <span className="question__prompt">{text.prompt}</span>
        </legend>
        <p id={`${id}-hint`} className="question__hint">
          {multiple ? t('chooseAll') : t('chooseOne')}
        </p>
        {question.choices.map((choice, i) => (
          <label key={choice} className="choice">
            <input
              type={multiple ? 'checkbox' : 'radio'}
              name={`${id}-choice`}
              value={choice}
              checked={chosen.includes(choice)}
              onChange={(e) =>
                onChange(multiple ? (e.target.checked ? [...chosen, choice] : chosen.filter((c) => c !== choice)) : [choice])
              }
            />
            <span className="choice__letter" aria-hidden="true">
              {LETTERS[i]}
            </span>
            <span className="choice__text">
              {text.choices[choice]}
              {checked && question.correct.includes(choice) && <span className="choice__mark choice__mark--right">✓ {t('markRight')}</span>}
              {checked && !question.correct.includes(choice) && chosen.includes(choice) && (
                <span className="choice__mark choice__mark--wrong">✗ {t('markYours')}</span>
              )}
            </span>
          </label>
        ))}
        {/* Shown only while a radio has keyboard focus (CSS :focus-visible): Tab would skip the other choices. */}
        {!multiple && <p className="arrow-key-hint">{t('arrowKeyHint')}</p>}
      </fieldset>
      {!checked && (
        <button type="button" className="button button--secondary" onClick={check} disabled={chosen.length === 0} aria-describedby={chosen.length === 0 ? `${id}-pick` : undefined}>
          {t('check')}
        </button>
      )}
      {!checked && chosen.length === 0 && (
        <p id={`${id}-pick`} className="visually-hidden">
          {t('pickFirst')}
        </p>
      )}
      <div ref={feedback} className={`feedback${checked ? (right ? ' feedback--right' : ' feedback--wrong') : ''}`} role="status" tabIndex={-1}>
        {checked && (
          <>
            <p className="feedback__verdict">
              <span className="feedback__icon" aria-hidden="true">
                {right ? '✓' : '✗'}
              </span>
              {right ? t('right') : t('wrong')}
            </p>
            {!right && <p>{t(question.correct.length > 1 ? 'rightAnswers' : 'rightAnswer', { answer: answerText })}</p>}
            <p>{text.explanation}</p>
            <p>{readMore}</p>
          </>
        )}
      </div>
    </section>
  );
}
