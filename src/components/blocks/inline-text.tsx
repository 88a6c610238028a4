import { Fragment, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { parseInline, type InlineNode } from '../../content/inline-markup';
import { useContent } from './content-context';
import { GlossaryTerm } from './glossary-term';

/** The last word (or, in Chinese, the last character) before a citation: kept on its line with the marker. */
const lastWord = /(?:[\u3400-\u9fff]|[^\s\u3400-\u9fff]+)$/;

/** A Latin term with a hyphen ("CAR-T") inside Chinese text: breaking it at the hyphen reads as two words. */
const hyphenated = /([A-Za-z0-9]+(?:-[A-Za-z0-9]+)+)/;

function keepTermsWhole(text: string, lang: string): ReactNode {
  const parts = lang === 'zh' ? text.split(hyphenated) : [text];
  if (parts.length === 1) return text;
  return parts.map((part, i) => (i % 2 ? <span key={i} className="nowrap">{part}</span> : part));
}

/** Renders content markup as React elements: never as HTML. */
export function InlineText({ text }: { text: string }) {
  const { citations, lang } = useContent();
  const { t } = useTranslation();
  const nodes = parseInline(text);

  const cite = (id: string, key: number) => {
    const n = citations[id];
    if (!n) return null;
    return (
      <sup key={key} className="cite">
        <a href={`#source-${id}`} aria-label={t('blocks.source', { number: n })}>
          [{n}]
        </a>
      </sup>
    );
  };

  const out: ReactNode[] = [];
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i] as InlineNode;
    switch (node.type) {
      case 'text': {
        const word = nodes[i + 1]?.type === 'cite' ? lastWord.exec(node.text)?.[0] : undefined;
        if (!word) {
          out.push(<Fragment key={i}>{keepTermsWhole(node.text, lang)}</Fragment>);
          break;
        }
        // A citation marker alone at the start of a line reads as if it belonged to the next sentence.
        const marks: ReactNode[] = [];
        while (nodes[i + 1]?.type === 'cite') {
          i++;
          marks.push(cite((nodes[i] as Extract<InlineNode, { type: 'cite' }>).id, i));
        }
        out.push(
          <Fragment key={`${i}-text`}>{keepTermsWhole(node.text.slice(0, -word.length), lang)}</Fragment>,
          <span key={`${i}-nowrap`} className="nowrap">
            {word}
            {marks}
          </span>,
        );
        break;
      }
      case 'strong':
        out.push(<strong key={i}>{node.text}</strong>);
        break;
      case 'term':
        out.push(<GlossaryTerm key={i} id={node.id} text={node.text} />);
        break;
      case 'cite':
        out.push(cite(node.id, i));
        break;
    }
  }
  return <>{out}</>;
}
