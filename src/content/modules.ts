import type { ModuleDef } from './types';
import { infusionModule } from './modules/infusion';
import { mscHscModule } from './modules/msc-hsc';
import { sleModule } from './modules/sle';
import { risksModule } from './modules/risks';

/**
 * All module structures at once, for the build and the tests. Pages load only
 * the module they show, through load-module.ts, to keep each page's script small.
 */
export const modules: readonly ModuleDef[] = [infusionModule, mscHscModule, sleModule, risksModule];
