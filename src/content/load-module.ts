import { isModuleId, moduleIds } from './module-ids';
import type { ModuleDef } from './types';

const defs = import.meta.glob<ModuleDef>('./modules/*.ts', { import: 'default' });

/** One module's structure (its own chunk), or undefined for an unknown id. */
export async function loadModuleDef(id: string | undefined): Promise<ModuleDef | undefined> {
  if (!isModuleId(id)) return undefined;
  return defs[`./modules/${id}.ts`]?.();
}

export async function loadAllModuleDefs(): Promise<ModuleDef[]> {
  const all = await Promise.all(moduleIds.map((id) => loadModuleDef(id)));
  return all.filter((m): m is ModuleDef => Boolean(m));
}
