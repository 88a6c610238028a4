/** The entries of `record` named in `keys`: only what a page shows travels in its data. */
export function pick<T>(record: Record<string, T>, keys: string[]): Record<string, T> {
  return Object.fromEntries(keys.flatMap((k) => (k in record ? [[k, record[k] as T]] : [])));
}
