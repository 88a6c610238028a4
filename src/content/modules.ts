import type { ModuleDef } from './types';
import { infusionModule } from './modules/infusion';
import { mscHscModule } from './modules/msc-hsc';
import { sleModule } from './modules/sle';
import { risksModule } from './modules/risks';

/** The learning path, in order. Ids are permanent: printed QR codes point at them. */
export const modules: readonly ModuleDef[] = [infusionModule, mscHscModule, sleModule, risksModule];

export function findModule(id: string | undefined): ModuleDef | undefined {
  return modules.find((m) => m.id === id);
}
