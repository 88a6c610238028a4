/**
 * The handout link, an exact link of the share-link core: everything a handout holds travels in
 * the query string of /{lang}/handout/ (the reader's browser keeps a copy: ./saved-handouts.ts). Printed QR codes live for
 * years, so any link this code ever wrote must keep opening (tests/unit/handout-link.test.ts):
 *
 *   v=1                       format version (bump only for a change old readers would misread)
 *   m=infusion.sle            module ids, in the handout's order, joined by "."
 *   n=… c=… t=…               note, clinic name, contact line (each only when not empty)
 *   k=3fz0                    check code over all of the above; always last, so a cut-off link is noticed
 *
 * Text values are either form-encoded ("Bring+your+medicine+list.") or, when shorter
 * (Chinese), "~" + base64url of UTF-16 (8 characters per 3 汉字 instead of 27). Module ids that
 * are no longer in the guide are reported as unavailable, not as damage.
 */
import { decodeQuery, decodeValue, defineLink, encodeQuery, encodeValue, ids, linkCheckCode, text, type LinkProblem as Problem } from '../share-link';
import { limits } from './handout-text';

export const MAX_MODULES = 20;

export const handoutLink = defineLink({
  version: 1,
  fields: {
    modules: ids({
      key: 'm',
      separator: '.',
      max: MAX_MODULES,
      required: true,
      names: { none: 'no-modules', bad: 'bad-modules', many: 'bad-modules', unknown: 'module-unavailable' },
    }),
    note: text({ key: 'n', rules: limits.note }),
    clinic: text({ key: 'c', rules: limits.clinic }),
    contact: text({ key: 't', rules: limits.contact }),
  },
  checkKey: 'k',
  packText: true,
});

export interface Handout {
  /** Module ids in the order the handout lists them. */
  modules: string[];
  /** Plain text, may contain line breaks; "" when none. */
  note: string;
  clinic: string;
  contact: string;
}

/** empty, newer-version, no-modules, bad-modules, unreadable / hidden-characters / too-long (with the field), incomplete, changed, module-unavailable (with the id). */
export type LinkProblem = Problem<typeof handoutLink>;

export interface DecodedHandout {
  /** What could be read: only modules that exist, only text that passed the checks. */
  handout: Handout;
  problems: LinkProblem[];
}

/** Problems that mean "this link is damaged or incomplete" (an unavailable module alone does not). */
export function isDamaged(problems: readonly LinkProblem[]): boolean {
  return problems.some((p) => p.kind !== 'module-unavailable');
}

/**
 * Reads a handout from a query string (with or without "?"). Never throws, for any input:
 * whatever cannot be read is left out and named in `problems`. `available` is the list of
 * module ids the guide has now.
 */
export function decodeHandout(query: string, available: readonly string[]): DecodedHandout {
  const { values, problems } = decodeQuery(handoutLink, query, { modules: available });
  return { handout: values, problems };
}

/** The query string (without "?") for a handout. Expects text the builder has checked (see textProblem). */
export function encodeHandout(h: Handout): string {
  return encodeQuery(handoutLink, h);
}

/** The shorter of the two spellings of a text value. */
export const encodeText = (s: string) => encodeValue(handoutLink, s);
/** A text value as written, or undefined if its encoding is broken. */
export const decodeText = (value: string) => decodeValue(handoutLink, value);
export const checkCode = (h: Handout) => linkCheckCode(handoutLink, h);
