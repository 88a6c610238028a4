/**
 * One codec for every share link: a link kind declares its fields (ids, one text, a list of
 * texts), and this module writes and reads its query string. Pure: no DOM, no React.
 *
 *   v=1                  format version, always first (no "v" reads as the current version)
 *   <key>=<value>        the fields, in declaration order, each only when it holds something
 *   k=3fz0               exact links only: a check code over all of the above, always last
 *
 * Reading never throws: any string gives back what could be read plus the problems found.
 * Two ways to read, chosen by the kind:
 * - forgiving (no check code; the question list): broken escapes and hidden characters are
 *   cleaned away, long text is cut, and what is left is kept;
 * - exact (a check code; the handout, printed for years): a field whose encoding is broken or
 *   that holds a refused character or too much is left out whole, never shown in part.
 * Keys a kind does not know are ignored (a later version may add some; trackers add theirs).
 */
import { checkCode, decodeForgiving, decodeStrict, formEncode, pack, readPairs, READABLE, unpack } from './query';
import { cleanText, readText, type TextProblem, type TextRules } from './text-rules';

/** How an id list names its problems; each kind picks names its pages already speak. */
export interface IdProblemNames {
  /** A required list is missing or holds no usable id. */
  none: string;
  /** Entries that are not ids at all (a mangled link). */
  bad: string;
  /** An id that is not (or no longer) one of the known ones: `{ kind, id }`. */
  unknown: string;
  /** More ids than the list holds. */
  many: string;
}
const defaultNames = { none: 'no-ids', bad: 'bad-ids', unknown: 'unknown-id', many: 'too-many' } as const;
type Named<P extends Partial<IdProblemNames>> = { [K in keyof IdProblemNames]: P[K] extends string ? P[K] : (typeof defaultNames)[K] };

export interface IdsField<N extends IdProblemNames = IdProblemNames> {
  type: 'ids';
  key: string;
  separator: string;
  /** Most ids read; more is a problem. */
  max: number;
  /** The ids that exist (decodeQuery can be given them instead). Others are reported as unknown. */
  known?: readonly string[];
  /** Always written; a link without it (and without a version) holds nothing ("empty"). */
  required?: boolean;
  names: N;
}
export interface TextField {
  type: 'text';
  key: string;
  rules: TextRules;
}
export interface TextsField {
  type: 'texts';
  key: string;
  rules: TextRules;
  /** Most texts read; the key repeats once per text. */
  max: number;
}
export type Field = IdsField | TextField | TextsField;
export type Fields = Record<string, Field>;

export interface LinkKind<F extends Fields = Fields> {
  version: number;
  fields: F;
  /** Key of the check code; a kind with one is read exactly (see above). */
  checkKey?: string;
  /** Text may also travel packed ("~" + base64url of UTF-16), when that is shorter. */
  packText?: boolean;
  /** Characters a value carries as they are (default READABLE); the rest is percent-encoded. */
  keep?: RegExp;
}

/** What a link holds: string[] for ids and lists of texts, string for a text. */
export type LinkValues<F extends Fields> = { [K in keyof F]: F[K] extends TextField ? string : string[] };

type NamesOf<F extends Fields, T> = { [K in keyof F]: [Extract<F[K], T>] extends [never] ? never : K }[keyof F] & string;
type IdNamesIn<T> = T extends IdsField<infer N> ? N : never;
type IdNamesOf<F extends Fields> = { [K in keyof F]: IdNamesIn<F[K]> }[keyof F];
/** Only when there is such a field. */
type When<Names, P> = [Names] extends [never] ? never : P;

type ExactProblem<T extends string> = { kind: 'incomplete' } | { kind: 'changed' } | When<T, { kind: 'unreadable' | TextProblem; field: T }>;
type ForgivingProblem<T extends string> = When<T, { kind: 'text-cleaned' | 'too-long'; field: T }>;

/**
 * Everything that can be wrong with a link of kind K (the one problem type of every share link;
 * for a declared kind it holds only what that kind can report, so a page's switch is exhaustive):
 * - empty: a kind with a required field got a link with neither it nor a version;
 * - newer-version: made by another (later) version of the guide, read as well as possible;
 * - exact kinds: incomplete (no check code: probably cut off), changed (it does not match), and
 *   unreadable (broken encoding), hidden-characters or too-long: that text field was left out;
 * - forgiving kinds: text-cleaned (hidden characters or markup taken out), too-long (cut);
 * - too-many: more texts than a list holds;
 * - an id list's none, bad, many and unknown (with the id), under the names the kind gave them.
 */
export type LinkProblem<K extends LinkKind = LinkKind> =
  | When<NamesOf<K['fields'], { required: true }>, { kind: 'empty' } | { kind: IdNamesIn<Extract<K['fields'][keyof K['fields']], { required: true }>>['none'] }>
  | { kind: 'newer-version' }
  | (K extends { checkKey: string }
      ? ExactProblem<NamesOf<K['fields'], TextField | TextsField>>
      : 'checkKey' extends keyof K
        ? ExactProblem<string> | ForgivingProblem<string>
        : ForgivingProblem<NamesOf<K['fields'], TextField | TextsField>>)
  | When<NamesOf<K['fields'], TextsField>, { kind: 'too-many'; field: NamesOf<K['fields'], TextsField> }>
  | When<IdNamesOf<K['fields']>, { kind: IdNamesOf<K['fields']>['bad' | 'many'] } | { kind: IdNamesOf<K['fields']>['unknown']; id: string }>;

export interface Decoded<K extends LinkKind> {
  values: LinkValues<K['fields']>;
  /** Each problem once, in the order found. Empty for a link this code wrote. */
  problems: LinkProblem<K>[];
}

/** A link kind, as declared (a function only so that its exact type is kept: the problems it can report follow from it). */
export function defineLink<const K extends LinkKind>(kind: K): K {
  return kind;
}

export function ids<const P extends Partial<IdProblemNames> = object, const R extends boolean = false>(
  spec: Omit<IdsField, 'type' | 'names' | 'required'> & { names?: P; required?: R },
): IdsField<Named<P>> & { required: R } {
  return { ...spec, type: 'ids', required: (spec.required ?? false) as R, names: { ...defaultNames, ...spec.names } as Named<P> };
}
export function text(spec: Omit<TextField, 'type'>): TextField {
  return { ...spec, type: 'text' };
}
export function texts(spec: Omit<TextsField, 'type'>): TextsField {
  return { ...spec, type: 'texts' };
}

/** An id as links carry them: lower-case words joined by "-", at most 40 characters. */
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const isId = (s: string) => s.length <= 40 && ID.test(s);
const exact = (kind: LinkKind) => kind.checkKey !== undefined;
const wellFormed = (s: string) => s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');

/** The shortest spelling of a text value. */
export function encodeValue(kind: LinkKind, s: string): string {
  const form = formEncode(wellFormed(s), kind.keep ?? READABLE);
  const packed = kind.packText ? `~${pack(s)}` : undefined;
  return packed !== undefined && packed.length < form.length ? packed : form;
}

/** A text value as written, or undefined if an exact link's encoding of it is broken. */
export function decodeValue(kind: LinkKind, raw: string): string | undefined {
  if (kind.packText && raw.startsWith('~')) return unpack(raw.slice(1));
  return exact(kind) ? decodeStrict(raw) : decodeForgiving(raw);
}

/** What a forgiving link keeps of a text, or what an exact one writes (checked before; broken UTF-16 made whole). */
const writable = (kind: LinkKind, rules: TextRules, s: string) => (exact(kind) ? wellFormed(s) : cleanText(s, { ...rules, cut: true }).text);

/** The fields as the check code covers them (the check code of a link is over what it says). */
function writtenParts<F extends Fields>(kind: LinkKind<F>, values: LinkValues<F>): string[] {
  return Object.entries(kind.fields).map(([name, field]) => {
    const value = values[name] as string | string[];
    return field.type === 'ids' ? (value as string[]).join(field.separator) : typeof value === 'string' ? value : value.join('\u0000');
  });
}

/** The check code for these values (exact kinds). */
export function linkCheckCode<F extends Fields>(kind: LinkKind<F>, values: LinkValues<F>): string {
  return checkCode(kind.version, writtenParts(kind, values));
}

/** The query string (without "?") for these values. Forgiving kinds clean text first; exact kinds write what they are given. */
export function encodeQuery<F extends Fields>(kind: LinkKind<F>, values: LinkValues<F>): string {
  const parts = [`v=${kind.version}`];
  const written = {} as Record<string, string | string[]>;
  for (const [name, field] of Object.entries(kind.fields)) {
    const value = values[name] as string | string[];
    if (field.type === 'ids') {
      written[name] = value;
      if (value.length || field.required) parts.push(`${field.key}=${formEncode((value as string[]).join(field.separator), kind.keep ?? READABLE)}`);
    } else {
      const list = (typeof value === 'string' ? [value] : value).map((s) => writable(kind, field.rules, s)).filter(Boolean);
      const kept = field.type === 'texts' ? list.slice(0, field.max) : list;
      written[name] = field.type === 'texts' ? kept : (kept[0] ?? '');
      for (const s of kept) parts.push(`${field.key}=${encodeValue(kind, s)}`);
    }
  }
  if (kind.checkKey !== undefined) parts.push(`${kind.checkKey}=${linkCheckCode(kind, written as LinkValues<F>)}`);
  return parts.join('&');
}

/**
 * Reads a query string (with or without "?"). Never throws, for any input: what cannot be read
 * is left out and named in `problems`. `known` gives an id field its known ids at read time
 * (the handout: the modules the guide has now).
 */
export function decodeQuery<K extends LinkKind>(kind: K, query: string, known: Partial<Record<keyof K['fields'], readonly string[]>> = {}): Decoded<K> {
  const byKey = new Map<string, string[]>();
  for (const [key, raw] of readPairs(typeof query === 'string' ? query : '')) {
    const list = byKey.get(key);
    if (list) list.push(raw);
    else byKey.set(key, [raw]);
  }
  const first = (key: string) => byKey.get(key)?.[0];

  const problems = new Map<string, { kind: string; field?: string; id?: string }>();
  const add = (p: { kind: string; field?: string; id?: string }) => problems.set(JSON.stringify(p), p);
  const values: Record<string, string | string[]> = {};
  for (const [name, field] of Object.entries(kind.fields)) values[name] = field.type === 'text' ? '' : [];
  const done = () => ({ values, problems: [...problems.values()] }) as Decoded<K>;

  const fields = Object.entries(kind.fields);
  const version = first('v') === undefined ? undefined : decodeForgiving(first('v') ?? '');
  const required = fields.filter(([, f]) => f.type === 'ids' && f.required);
  if (required.length && version === undefined && required.every(([, f]) => !byKey.has(f.key))) {
    add({ kind: 'empty' });
    return done();
  }
  // Another version: read what still looks right, but say so.
  let checkable = version === undefined || version === String(kind.version);
  if (!checkable) add({ kind: 'newer-version' });

  const written: string[] = [];
  for (const [name, field] of fields) {
    if (field.type === 'ids') {
      const raw = first(field.key);
      const value = raw === undefined ? '' : (exact(kind) ? decodeStrict(raw) : decodeForgiving(raw)) ?? '';
      const tokens = value
        .split(field.separator)
        .map((t) => (exact(kind) ? t : t.trim()))
        .filter(Boolean);
      const good = tokens.filter(isId);
      written.push(good.join(field.separator));
      if (good.length < tokens.length) {
        add({ kind: field.names.bad });
        checkable = false;
      }
      if (good.length > field.max) add({ kind: field.names.many });
      if (good.length === 0 && field.required) add({ kind: field.names.none });
      const knownIds = known[name] ?? field.known;
      const kept: string[] = [];
      for (const id of new Set(good.slice(0, field.max))) {
        if (!knownIds || knownIds.includes(id)) kept.push(id);
        else add({ kind: field.names.unknown, id });
      }
      values[name] = kept;
      continue;
    }

    const raws = field.type === 'texts' ? (byKey.get(field.key) ?? []) : [first(field.key)].filter((r) => r !== undefined);
    const kept: string[] = [];
    const writtenTexts: string[] = [];
    for (const raw of raws) {
      const text = decodeValue(kind, raw);
      if (text === undefined) {
        add({ kind: 'unreadable', field: name });
        checkable = false;
        continue;
      }
      writtenTexts.push(text);
      let shown: string;
      if (exact(kind)) {
        const read = readText(text, field.rules);
        if (read.problem) add({ kind: read.problem, field: name });
        shown = read.text;
      } else {
        const cleaned = cleanText(text, { ...field.rules, cut: true });
        if (cleaned.cleaned) add({ kind: 'text-cleaned', field: name });
        if (cleaned.cut) add({ kind: 'too-long', field: name });
        shown = cleaned.text;
      }
      if (!shown) continue;
      if (field.type === 'texts' && kept.length === field.max) {
        add({ kind: 'too-many', field: name });
        break;
      }
      kept.push(shown);
    }
    written.push(writtenTexts.join('\u0000'));
    values[name] = field.type === 'texts' ? kept : (kept[0] ?? '');
  }

  if (kind.checkKey !== undefined) {
    const code = first(kind.checkKey);
    if (code === undefined) add({ kind: 'incomplete' });
    else if (checkable && code !== checkCode(kind.version, written)) add({ kind: 'changed' });
  }
  return done();
}
