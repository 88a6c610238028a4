import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fallbackLang, isLang, LANGS } from '../i18n/langs';

interface Props {
  /** Every module, in learning-path order, titled in the page's language. */
  modules: Array<{ id: string; title: string }>;
  /** Chosen module ids, in the handout's order. */
  selected: string[];
  onChange(selected: string[]): void;
}

/** Choose parts (checkboxes) and their order on the handout (move up / move down). */
export function ModulePicker({ modules, selected, onChange }: Props) {
  const { t, i18n } = useTranslation('handout-builder');
  const colon = LANGS[isLang(i18n.language) ? i18n.language : fallbackLang].colon;
  const [moved, setMoved] = useState<{ id: string; dir: 'up' | 'down'; message: string }>();
  const orderList = useRef<HTMLOListElement>(null);
  const title = (id: string) => modules.find((m) => m.id === id)?.title ?? id;

  function toggle(id: string, on: boolean) {
    // A newly chosen part goes to the end of the order; it can be moved from there.
    onChange(on ? [...selected.filter((m) => m !== id), id] : selected.filter((m) => m !== id));
  }

  function move(index: number, dir: 'up' | 'down') {
    const to = dir === 'up' ? index - 1 : index + 1;
    const id = selected[index];
    if (!id || to < 0 || to >= selected.length) return;
    const next = [...selected];
    next.splice(index, 1);
    next.splice(to, 0, id);
    onChange(next);
    setMoved({ id, dir, message: t('builder.moved', { title: title(id), position: to + 1, total: next.length }) });
  }

  // Keep the keyboard on the moved part: the same button, or the other one when it reached an end.
  useEffect(() => {
    if (!moved) return;
    const row = orderList.current?.querySelector<HTMLElement>(`[data-module="${moved.id}"]`);
    const same = row?.querySelector<HTMLButtonElement>(`[data-dir="${moved.dir}"]`);
    const other = row?.querySelector<HTMLButtonElement>(`[data-dir="${moved.dir === 'up' ? 'down' : 'up'}"]`);
    (same && !same.disabled ? same : other)?.focus();
  }, [moved, selected]);

  return (
    <>
      <fieldset className="choices">
        <legend className="field__label">{t('builder.modulesLegend')}</legend>
        <p className="field__hint">{t('builder.modulesHint')}</p>
        {modules.map((m) => (
          <label key={m.id} className="choice">
            <input type="checkbox" name="module" value={m.id} checked={selected.includes(m.id)} onChange={(e) => toggle(m.id, e.currentTarget.checked)} />
            <span>{m.title}</span>
          </label>
        ))}
      </fieldset>
      {selected.length > 1 && (
        <div className="order">
          <h3 className="field__label" id="handout-order">
            {t('builder.orderHeading')}
          </h3>
          <ol className="order__list" ref={orderList} aria-labelledby="handout-order">
            {selected.map((id, i) => (
              <li key={id} className="order__item" data-module={id}>
                <span className="order__title">{title(id)}</span>
                <span className="order__buttons">
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    data-dir="up"
                    aria-label={t('builder.moveUp') + colon + title(id)}
                    disabled={i === 0}
                    onClick={() => move(i, 'up')}
                  >
                    <span aria-hidden="true">↑</span>
                    {t('builder.moveUp')}
                  </button>
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    data-dir="down"
                    aria-label={t('builder.moveDown') + colon + title(id)}
                    disabled={i === selected.length - 1}
                    onClick={() => move(i, 'down')}
                  >
                    <span aria-hidden="true">↓</span>
                    {t('builder.moveDown')}
                  </button>
                </span>
              </li>
            ))}
          </ol>
          <p role="status" className="visually-hidden">
            {moved?.message ?? ''}
          </p>
        </div>
      )}
    </>
  );
}
