/**
 * What the app remembers about the reader's learning, kept only in this browser
 * (localStorage) under a versioned schema. Stored data is read module by module:
 * an entry that does not fit the schema exactly (corrupted, old, or hostile) is dropped
 * alone and never trusted; the rest is kept. Nothing the reader saved is lost silently:
 * a record that cannot be read completely is first copied aside (BACKUP_KEY), and a
 * record from a newer version of the guide is left untouched (progress is then read-only).
 */
export const STORAGE_KEY = 'sci-progress';
/** Where a stored record that could not be read completely is kept, as it was. */
export const BACKUP_KEY = 'sci-progress-unreadable';
export const SCHEMA_VERSION = 1;
const MAX_MODULES = 50;

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

/**
 * What the reader is told about stored progress:
 * - reset: nothing could be read; it was copied aside and progress starts again;
 * - partial: some module entries could not be read; they were copied aside, the rest kept;
 * - newer: saved by a newer version of the guide; left untouched, nothing new is saved;
 * - kept: could not be read and could not be copied aside; left untouched, nothing new is saved;
 * - unavailable: this browser does not store anything (private mode, blocked storage).
 */
export type ProgressNotice = 'reset' | 'partial' | 'newer' | 'kept' | 'unavailable';

export interface StoredProgress {
  progress: Progress;
  notice?: ProgressNotice;
  /** Progress must not be written: what is stored would be lost. Changes live only in this page. */
  readOnly?: boolean;
}

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

/** One stored module entry, or undefined when any part of it does not fit. */
function parseModule(m: unknown): ModuleProgress | undefined {
  if (!isRecord(m)) return undefined;
  const stepsRead = idList(m.stepsRead, 50);
  if (!stepsRead) return undefined;
  if (m.quiz === undefined) return { stepsRead };
  const quiz = parseQuiz(m.quiz);
  return quiz ? { stepsRead, quiz } : undefined;
}

export type ParsedProgress =
  | { kind: 'ok'; progress: Progress }
  /** Some module entries were dropped; `progress` holds the others. */
  | { kind: 'partial'; progress: Progress; dropped: number }
  | { kind: 'newer'; version: number }
  | { kind: 'unreadable' };

/** Stored text → what could be read of it. Pure: never throws, never trusts. */
export function parseProgress(raw: string | null): ParsedProgress {
  if (raw === null) return { kind: 'ok', progress: emptyProgress };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { kind: 'unreadable' };
  }
  if (!isRecord(data)) return { kind: 'unreadable' };
  const { version } = data;
  if (typeof version === 'number' && Number.isInteger(version) && version > SCHEMA_VERSION) return { kind: 'newer', version };
  if (version !== SCHEMA_VERSION || !isRecord(data.modules)) return { kind: 'unreadable' };
  const modules: Record<string, ModuleProgress> = {};
  let kept = 0;
  let dropped = 0;
  for (const [id, entry] of Object.entries(data.modules)) {
    const m = isId(id) && kept < MAX_MODULES ? parseModule(entry) : undefined;
    if (m) {
      modules[id] = m;
      kept += 1;
    } else dropped += 1;
  }
  const progress: Progress = { version: SCHEMA_VERSION, modules };
  return dropped > 0 ? { kind: 'partial', progress, dropped } : { kind: 'ok', progress };
}

/**
 * Copies a stored record aside before anything replaces it. An earlier copy is never
 * overwritten: if the place is taken by something else (or the browser refuses), false.
 */
function setAside(storage: Storage, raw: string): boolean {
  try {
    const earlier = storage.getItem(BACKUP_KEY);
    if (earlier !== null && earlier !== raw) return false;
    storage.setItem(BACKUP_KEY, raw);
    return storage.getItem(BACKUP_KEY) === raw;
  } catch {
    return false;
  }
}

/**
 * Reads the reader's progress. Whatever could not be read is copied aside first; then a
 * fully unreadable record is removed (so the reader is told once) and a partly readable one
 * is rewritten with what could be read. A newer version's record, or one that could not be
 * copied aside, is left exactly as it is and progress becomes read-only.
 */
export function readProgress(storage: Storage | undefined): StoredProgress {
  if (!storage) return { progress: emptyProgress, notice: 'unavailable', readOnly: true };
  let raw: string | null;
  try {
    raw = storage.getItem(STORAGE_KEY);
  } catch {
    return { progress: emptyProgress, notice: 'unavailable', readOnly: true };
  }
  const parsed = parseProgress(raw);
  if (parsed.kind === 'ok') return { progress: parsed.progress };
  if (parsed.kind === 'newer') return { progress: emptyProgress, notice: 'newer', readOnly: true };
  const progress = parsed.kind === 'partial' ? parsed.progress : emptyProgress;
  if (raw === null || !setAside(storage, raw)) return { progress, notice: 'kept', readOnly: true };
  // The original is safe in BACKUP_KEY: store what could be read in its place.
  writeProgress(storage, progress);
  return { progress, notice: Object.keys(progress.modules).length > 0 ? 'partial' : 'reset' };
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

/** "Clear my progress": the reader's own choice, so the set-aside copy goes too. */
export function clearProgress(storage: Storage | undefined): boolean {
  try {
    if (!storage) return false;
    storage.removeItem(STORAGE_KEY);
    storage.removeItem(BACKUP_KEY);
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
