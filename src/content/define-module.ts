import type { ModuleId } from './module-ids';
import type { ModuleDef } from './types';

/**
 * A module's structure, as the default export of src/content/modules/<id>.ts. The id must be one
 * of moduleIds (src/content/module-ids.ts, the one ordered list): modules.ts and load-module.ts
 * find the file by it, so nothing else registers a module.
 */
export function defineModule<const Id extends ModuleId>(def: ModuleDef & { id: Id }): ModuleDef & { id: Id } {
  return def;
}
