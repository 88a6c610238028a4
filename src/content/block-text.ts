import type { Block, StepText } from './types';

/** Every translatable string of a block, in reading order. */
export function blockStrings(block: Block): string[] {
  switch (block.type) {
    case 'p':
    case 'askDoctor':
      return [block.text];
    case 'warning':
    case 'info':
      return [block.title, block.text];
    case 'list':
    case 'keyPoints':
      return block.items;
    case 'table':
      return [block.caption, ...block.head, ...block.rows.flat()];
    case 'doDont':
      return [...block.do, ...block.dont];
    case 'knownUnknown':
      return [...block.known, ...block.unknown];
    case 'figure':
    case 'careCard':
      return [];
  }
}

/** The shape of a block without its words: must be identical in every language. */
export function blockShape(block: Block): string {
  switch (block.type) {
    case 'list':
      return `list:${block.ordered ? 'ol' : 'ul'}:${block.items.length}`;
    case 'keyPoints':
      return `keyPoints:${block.items.length}`;
    case 'table':
      return `table:${block.head.length}x${block.rows.map((r) => r.length).join(',')}`;
    case 'doDont':
      return `doDont:${block.do.length}/${block.dont.length}`;
    case 'knownUnknown':
      return `knownUnknown:${block.known.length}/${block.unknown.length}`;
    case 'figure':
      return `figure:${block.id}`;
    case 'careCard':
      return `careCard:${block.level}`;
    default:
      return block.type;
  }
}

export function stepStrings(step: StepText): string[] {
  return [step.title, ...step.blocks.flatMap(blockStrings)];
}
