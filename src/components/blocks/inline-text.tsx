import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { parseInline } from '../../content/inline-markup';
import { useContent } from './content-context';
import { GlossaryTerm } from './glossary-term';

/** Renders content markup as React elements: never as HTML. */
export function InlineText({ text }: { text: string }) {
  const { citations } = useContent();
  const { t } = useTranslation();
  return (
    <>
      {parseInline(text).map((node, i) => {
        switch (node.type) {
          case 'text':
            return <Fragment key={i}>{node.text}</Fragment>;
          case 'strong':
            return <strong key={i}>{node.text}</strong>;
          case 'term':
            return <GlossaryTerm key={i} id={node.id} text={node.text} />;
          case 'cite': {
            const n = citations[node.id];
            if (!n) return null;
            return (
              <sup key={i} className="cite">
                <a href={`#source-${node.id}`} aria-label={t('blocks.source', { number: n })}>
                  [{n}]
                </a>
              </sup>
            );
          }
        }
      })}
    </>
  );
}
