/** The learning path, in order. Ids are permanent: printed QR codes point at them. */
export const moduleIds = ['infusion', 'msc-hsc', 'sle', 'risks'] as const;

export type ModuleId = (typeof moduleIds)[number];

export function isModuleId(value: string | undefined): value is ModuleId {
  return (moduleIds as readonly string[]).includes(value ?? '');
}
