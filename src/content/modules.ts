import { moduleIds } from './module-ids';
import type { ModuleDef } from './types';

// Each module is the default export of modules/<id>.ts (defineModule); moduleIds gives the order.
const files = import.meta.glob<ModuleDef>('./modules/*.ts', { eager: true, import: 'default' });
const fileOf = (id: string) => `./modules/${id}.ts`;

// A file that moduleIds does not list would never be shown: say so rather than leave it out.
const unlisted = Object.keys(files).filter((file) => !moduleIds.some((id) => fileOf(id) === file));
if (unlisted.length) throw new Error(`${unlisted.join(', ')}: not in moduleIds (src/content/module-ids.ts)`);

/**
 * All module structures at once, in learning order, for the build and the tests. Pages load only
 * the module they show, through load-module.ts, to keep each page's script small.
 */
export const modules: readonly ModuleDef[] = moduleIds.map((id) => {
  const def = files[fileOf(id)];
  if (!def) throw new Error(`Module "${id}" is in moduleIds but src/content/modules/${id}.ts has no default export`);
  if (def.id !== id) throw new Error(`src/content/modules/${id}.ts defines module "${def.id}": the file name must be its id`);
  return def;
});
