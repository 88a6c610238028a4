// Build-time only (Node): every locale file checked against its schema (src/build/content-schema.ts).
// Used by scripts/build.mjs (the build stops) and tests/unit/locale-schema.test.ts.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { z } from 'zod';
import { glossaryFileSchema, moduleTextSchema, uiStringsSchema } from './content-schema';

/** Which schema a locale file follows, by its path under the repository ("locales/zh/modules/sle.json"). */
export function schemaFor(file: string): z.ZodType | undefined {
  if (/^locales\/[\w-]+\/modules\/[\w-]+\.json$/.test(file)) return moduleTextSchema;
  if (/^locales\/[\w-]+\/glossary\/[\w-]+\.json$/.test(file)) return glossaryFileSchema;
  if (/^locales\/[\w-]+\/[\w-]+\.json$/.test(file)) return uiStringsSchema;
  return undefined;
}

/** "steps.hsct.blocks[3].type": ids as dotted keys, list positions in brackets. */
function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, i) => {
      if (typeof key === 'number') return `[${key}]`;
      const name = String(key);
      if (!/^[\w-]+$/.test(name)) return `[${JSON.stringify(name)}]`;
      return i === 0 ? name : `.${name}`;
    })
    .join('');
}

type Issue = z.core.$ZodIssue;

const valueAt = (value: unknown, path: readonly PropertyKey[]) =>
  path.reduce<unknown>((v, key) => (v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[key] : undefined), value);
const kindOf = (v: unknown) => (v === undefined ? 'nothing' : v === null ? 'null' : Array.isArray(v) ? 'a list' : typeof v);

/**
 * zod's issues with paths from the file's root. A plain union (UI strings: a string, a list or a
 * group) reports each option's issues relative to itself: follow the one option that got past the
 * value's kind, so the path ends where the mistake is.
 */
function flatten(issue: Issue, prefix: readonly PropertyKey[], value: unknown): Array<{ path: PropertyKey[]; text: string }> {
  const path = [...prefix, ...issue.path];
  if (issue.code === 'invalid_union' && 'options' in issue && Array.isArray(issue.options)) {
    // A wrong block type: name the types there are, not zod's union internals.
    const got = JSON.stringify(valueAt(value, path)) ?? 'nothing';
    return [{ path, text: `expected one of ${issue.options.map((o) => JSON.stringify(o)).join(', ')}; got ${got}` }];
  }
  if (issue.code === 'invalid_union' && issue.errors.length) {
    const wrongKind = (issues: Issue[]) => issues.length === 1 && issues[0]?.code === 'invalid_type' && issues[0].path.length === 0;
    const [inside, ...more] = issue.errors.filter((issues) => !wrongKind(issues));
    if (inside && !more.length) return inside.flatMap((i) => flatten(i, path, value));
    const expected = issue.errors.flatMap((issues) => (issues[0]?.code === 'invalid_type' ? [issues[0].expected] : []));
    return [{ path, text: `expected ${expected.join(' or ')}, got ${kindOf(valueAt(value, path))}` }];
  }
  if (issue.code === 'invalid_type' && valueAt(value, path) === undefined) return [{ path, text: `missing (expected ${issue.expected})` }];
  if (issue.code === 'unrecognized_keys') return [{ path, text: `unknown field ${issue.keys.map((k) => JSON.stringify(k)).join(', ')} (a typo?)` }];
  return [{ path, text: issue.message }];
}

/** Problems of one locale file, each "file: path: what is wrong"; [] when it fits. */
export function localeFileProblems(file: string, value: unknown): string[] {
  const schema = schemaFor(file);
  if (!schema) return [`${file}: no schema for this file (add one in src/build/content-schema.ts and schemaFor)`];
  const result = schema.safeParse(value);
  if (result.success) return [];
  return result.error.issues
    .flatMap((issue) => flatten(issue, [], value))
    .map(({ path, text }) => `${file}: ${path.length ? `${formatPath(path)}: ` : ''}${text}`);
}

function jsonFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? jsonFiles(join(dir, entry.name)) : entry.name.endsWith('.json') ? [join(dir, entry.name)] : []))
    .sort();
}

/** Problems of every file under locales/ (a file that is not JSON counts too). */
export function localeProblems(root: string): string[] {
  return jsonFiles(join(root, 'locales')).flatMap((path) => {
    const file = relative(root, path).split('\\').join('/');
    let value: unknown;
    try {
      value = JSON.parse(readFileSync(path, 'utf8'));
    } catch (error) {
      return [`${file}: not valid JSON (${(error as Error).message})`];
    }
    return localeFileProblems(file, value);
  });
}
