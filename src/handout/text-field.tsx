import { useTranslation } from 'react-i18next';
import { charCount, cleanText, limits, textProblem, type TextField } from './handout-text';

/** What was typed → what goes on the handout, and what (if anything) is wrong with it. */
export function checkTyped(field: TextField, typed: string) {
  const { text, removedHidden } = cleanText(field, typed);
  const problem = textProblem(field, text);
  return { text, removedHidden, problem, left: limits[field].maxChars - charCount(text) };
}

interface Props {
  field: TextField;
  label: string;
  hint?: string;
  value: string;
  onChange(value: string): void;
}

/** A labelled text box with its hint, a count of characters left and any error, all tied to it for screen readers. */
export function HandoutTextField({ field, label, hint, value, onChange }: Props) {
  const { t } = useTranslation('handout-builder');
  const { removedHidden, problem, left } = checkTyped(field, value);
  const id = `handout-${field}`;
  const error =
    problem === 'too-long'
      ? left < 0
        ? t('builder.tooLong', { count: -left })
        : t('builder.tooManyLines', { max: limits[field].maxLines })
      : undefined;
  const describedBy = [hint && `${id}-hint`, `${id}-count`, error && `${id}-error`, removedHidden && `${id}-removed`].filter(Boolean).join(' ');
  const common = {
    id,
    value,
    'aria-describedby': describedBy,
    'aria-invalid': error ? true : undefined,
    onChange: (e: { currentTarget: { value: string } }) => onChange(e.currentTarget.value),
    autoComplete: 'off',
    spellCheck: true,
  };
  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field__error" id={`${id}-error`}>
          {error}
        </p>
      )}
      {field === 'note' ? <textarea rows={4} {...common} /> : <input type="text" {...common} />}
      <p className="field__count" id={`${id}-count`}>
        {t('builder.charsLeft', { count: Math.max(left, 0) })}
      </p>
      {removedHidden && (
        <p className="field__hint" id={`${id}-removed`}>
          {t('builder.hiddenRemoved')}
        </p>
      )}
    </div>
  );
}
