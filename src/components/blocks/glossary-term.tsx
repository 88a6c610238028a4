import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGS, type Lang } from '../../i18n/langs';
import { paths } from '../../i18n/paths';
import { useContent } from './content-context';

/** " (…)" in English, "（…）" in Chinese; the sentence goes on after it, so its last full stop goes. */
function inBrackets(definition: string, lang: Lang): string {
  const [open, close] = LANGS[lang].brackets;
  return `${open}${definition.replace(/[.。]$/, '')}${close}`;
}

/**
 * A marked medical word. Tapping it shows the plain definition right after it;
 * without JavaScript it is a link to the word list.
 */
export function GlossaryTerm({ id, text }: { id: string; text: string }) {
  const { lang, glossary } = useContent();
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const defId = useId();
  const entry = glossary[id];
  if (!entry) return <>{text}</>;
  return (
    <>
      <a
        className="term"
        href={`${paths.glossary(lang)}#term-${id}`}
        title={entry.definition}
        aria-expanded={open}
        aria-controls={defId}
        aria-label={`${text}. ${t('blocks.showDefinition', { term: text })}`}
        onClick={(e) => {
          e.preventDefault();
          setOpen((o) => !o);
        }}
      >
        {text}
      </a>
      <span id={defId} className="term-definition" hidden={!open}>
        {inBrackets(entry.definition, lang)}
      </span>
    </>
  );
}
