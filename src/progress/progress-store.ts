/**
 * What the app remembers about the reader's learning, kept only in this browser
 * (localStorage) under a versioned schema. Anything stored that does not fit the
 * schema exactly (corrupted, old, or hostile) is dropped with a notice, never trusted.
 */
export const STORAGE_KEY = 'sci-progress';
export const SCHEMA_VERSION = 1;

export interface QuizProgress {
  /** Question id → chosen choice ids. */
  answers: Record<string, string[]>;
  /** Question ids whose answer was checked. */
  checked: string[];
}

export interface ModuleProgress {
  stepsRead: string[];
  quiz?: QuizProgress;
}

export interface Progress {
  version: typeof SCHEMA_VERSION;
  modules: Record<string, ModuleProgress>;
}

export type ProgressNotice = 'reset' | 'unavailable';

export const emptyProgress: Progress = Object.freeze({ version: SCHEMA_VERSION, modules: Object.freeze({}) }) as Progress;

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const isId = (v: unknown): v is string => typeof v === 'string' && v.length <= 64 && ID.test(v);
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const idList = (v: unknown, max: number): string[] | undefined =>
  Array.isArray(v) && v.length <= max && v.every(isId) ? [...new Set(v as string[])] : undefined;

function parseQuiz(v: unknown): QuizProgress | undefined {
  if (!isRecord(v) || !isRecord(v.answers)) return undefined;
  const checked = idList(v.checked, 50);
  if (!checked) return undefined;
  const answers: Record<string, string[]> = {};
  for (const [q, chosen] of Object.entries(v.answers)) {
    const list = idList(chosen, 20);
    if (!isId(q) || !list) return undefined;
    answers[q] = list;
  }
  return { answers, checked };
}

/** Stored text → progress. Anything that does not fit is dropped, with notice "reset". */
export function parseProgress(raw: string | null): { progress: Progress; notice?: ProgressNotice } {
  if (raw === null) return { progress: emptyProgress };
  try {
    const data: unknown = JSON.parse(raw);
    if (!isRecord(data) || data.version !== SCHEMA_VERSION || !isRecord(data.modules)) throw new Error('schema');
    const modules: Record<string, ModuleProgress> = {};
    const entries = Object.entries(data.modules);
    if (entries.length > 50) throw new Error('size');
    for (const [id, m] of entries) {
      if (!isId(id) || !isRecord(m)) throw new Error('module');
      const stepsRead = idList(m.stepsRead, 50);
      if (!stepsRead) throw new Error('steps');
      const quiz = m.quiz === undefined ? undefined : parseQuiz(m.quiz);
      if (m.quiz !== undefined && !quiz) throw new Error('quiz');
      modules[id] = quiz ? { stepsRead, quiz } : { stepsRead };
    }
    return { progress: { version: SCHEMA_VERSION, modules } };
  } catch {
    return { progress: emptyProgress, notice: 'reset' };
  }
}

export function readProgress(storage: Storage | undefined): { progress: Progress; notice?: ProgressNotice } {
  if (!storage) return { progress: emptyProgress, notice: 'unavailable' };
  try {
    return parseProgress(storage.getItem(STORAGE_KEY));
  } catch {
    return { progress: emptyProgress, notice: 'unavailable' };
  }
}

/** false when the browser will not store (private mode, quota full): the app goes on without saving. */
export function writeProgress(storage: Storage | undefined, progress: Progress): boolean {
  try {
    if (!storage) return false;
    if (Object.keys(progress.modules).length === 0) storage.removeItem(STORAGE_KEY);
    else storage.setItem(STORAGE_KEY, JSON.stringify(progress));
    return true;
  } catch {
    return false;
  }
}

function updateModule(p: Progress, moduleId: string, update: (m: ModuleProgress) => ModuleProgress): Progress {
  const current = p.modules[moduleId] ?? { stepsRead: [] };
  return { version: SCHEMA_VERSION, modules: { ...p.modules, [moduleId]: update(current) } };
}

export function withStepRead(p: Progress, moduleId: string, stepId: string): Progress {
  if (p.modules[moduleId]?.stepsRead.includes(stepId)) return p;
  return updateModule(p, moduleId, (m) => ({ ...m, stepsRead: [...m.stepsRead, stepId] }));
}

export function withQuiz(p: Progress, moduleId: string, quiz: QuizProgress): Progress {
  return updateModule(p, moduleId, (m) => ({ ...m, quiz }));
}
