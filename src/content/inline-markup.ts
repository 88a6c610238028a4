/**
 * The only markup allowed in content strings (see types.ts). Parsed into
 * nodes that components render as React elements, so content can never inject HTML.
 */
export type InlineNode =
  | { type: 'text'; text: string }
  | { type: 'term'; id: string; text: string }
  | { type: 'cite'; id: string }
  | { type: 'strong'; text: string };

const TOKEN = /\[\[([a-z0-9-]+)\|([^\]|]+)\]\]|\[\^([a-z0-9-]+)\]|\*\*([^*]+)\*\*/g;

export function parseInline(source: string): InlineNode[] {
  const nodes: InlineNode[] = [];
  let last = 0;
  for (const m of source.matchAll(TOKEN)) {
    if (m.index > last) nodes.push({ type: 'text', text: source.slice(last, m.index) });
    if (m[1] && m[2]) nodes.push({ type: 'term', id: m[1], text: m[2] });
    else if (m[3]) nodes.push({ type: 'cite', id: m[3] });
    else if (m[4]) nodes.push({ type: 'strong', text: m[4] });
    last = m.index + m[0].length;
  }
  if (last < source.length) nodes.push({ type: 'text', text: source.slice(last) });
  return nodes;
}

/** What a reader sees, without citation markers: used for measuring and for <title>/descriptions. */
export function plainText(source: string): string {
  return parseInline(source)
    .map((n) => (n.type === 'cite' ? '' : n.text))
    .join('')
    .replace(/\s+([.,;:!?。，；：！？])/g, '$1');
}

export function termIds(source: string): string[] {
  return parseInline(source).flatMap((n) => (n.type === 'term' ? [n.id] : []));
}

export function citeIds(source: string): string[] {
  return parseInline(source).flatMap((n) => (n.type === 'cite' ? [n.id] : []));
}
