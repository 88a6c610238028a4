/**
 * The default of a switch over a closed set (such as Block['type']): a member without its own case
 * leaves `value` typed as that member, not `never`, so typecheck fails there. At run time it can only
 * be reached by data that skipped the schema check (src/build/content-schema.ts).
 */
export function assertNever(value: never, what = 'value'): never {
  throw new Error(`Unexpected ${what}: ${JSON.stringify(value)}`);
}
