import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { keyQuestionIds, MAX_OWN_LENGTH, type KeyQuestionId } from './key-questions';

interface Props {
  ticked: readonly KeyQuestionId[];
  /** One entry per box, as typed. */
  own: readonly string[];
  toggle(q: KeyQuestionId, on: boolean): void;
  setOwn(index: number, value: string): void;
  /** The list in the link or in this browser is still being read: a change now would be lost, so none can be made. */
  busy?: boolean;
}

/** The key questions to tick and the boxes for the reader's own questions. */
export function QuestionForm({ ticked, own, toggle, setOwn, busy = false }: Props) {
  const { t } = useTranslation('question-list');
  const { t: ts } = useTranslation('key-questions');
  const id = useId();
  return (
    <>
      <fieldset className="question-set">
        <legend className="question-set__legend">{t('keyLegend')}</legend>
        <ul className="check-list">
          {keyQuestionIds.map((q) => (
            <li key={q}>
              <label className="check">
                <input type="checkbox" className="check__input" name="q" value={q} checked={ticked.includes(q)} disabled={busy} onChange={(e) => toggle(q, e.target.checked)} />
                <span className="check__label">{ts(q)}</span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>

      <h2>{t('ownHeading')}</h2>
      <p id={`${id}-own-hint`} className="hint">
        {t('ownHint', { max: MAX_OWN_LENGTH })}
      </p>
      {own.map((value, i) => (
        <div key={i} className="field">
          <label className="field__label" htmlFor={`${id}-own-${i}`}>
            {t('ownLabel', { number: i + 1 })}
          </label>
          {/* dir="auto": text from a link takes its own direction, so right-to-left letters cannot reorder the page's. */}
          <textarea
            id={`${id}-own-${i}`}
            className="field__input"
            name="o"
            rows={2}
            dir="auto"
            maxLength={MAX_OWN_LENGTH}
            value={value}
            readOnly={busy}
            aria-describedby={`${id}-own-hint`}
            onChange={(e) => setOwn(i, e.target.value)}
          />
        </div>
      ))}
    </>
  );
}
