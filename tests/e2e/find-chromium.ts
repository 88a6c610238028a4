import { existsSync } from 'node:fs';

export const HOW_TO_GET_CHROMIUM = [
  'No Chromium found for the end-to-end tests.',
  '  Debian/Ubuntu: sudo apt-get install -y chromium fonts-noto-cjk poppler-utils',
  '  Or point CHROMIUM_PATH at a Chromium or Chrome binary: CHROMIUM_PATH=/path/to/chromium npm test',
].join('\n');

/** CHROMIUM_PATH, else the usual Debian/Ubuntu paths; a clear how-to when there is none. */
export function findChromium(candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']): string {
  const found = candidates.find((p): p is string => Boolean(p) && existsSync(p as string));
  if (!found) throw new Error(HOW_TO_GET_CHROMIUM);
  return found;
}
