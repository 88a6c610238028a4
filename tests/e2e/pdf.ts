import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';

/** Poppler's tools (Debian: poppler-utils) read the PDFs as a person's printer and scanner would. */
function poppler(tool: 'pdftotext' | 'pdftoppm', args: string[]) {
  try {
    return execFileSync(tool, args, { encoding: 'utf8' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new Error(`${tool} not found. Debian/Ubuntu: sudo apt-get install -y poppler-utils`, { cause: error });
    throw error;
  }
}

function withPdf<T>(pdf: Buffer, read: (file: string, dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'pdf-'));
  try {
    writeFileSync(join(dir, 'in.pdf'), pdf);
    return read(join(dir, 'in.pdf'), dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Pages in a PDF made by Chromium (each page object is written as "/Type /Page"). */
export const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g) ?? []).length;

/** The text of each page, as pdftotext reads it. */
export const pdfPageTexts = (pdf: Buffer): string[] =>
  withPdf(pdf, (file) => poppler('pdftotext', ['-layout', file, '-']).split('\f').slice(0, -1));

/** What jsQR reads in a PNG image (a screenshot or a scanned page); undefined when nothing. */
export function readQr(image: Buffer): string | undefined {
  const png = PNG.sync.read(image);
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
}

/** Each page rendered at `dpi` (a scan of the paper), and what jsQR reads on it (undefined when nothing). */
export const qrCodesAt = (pdf: Buffer, dpi: number): (string | undefined)[] =>
  withPdf(pdf, (file, dir) => {
    poppler('pdftoppm', ['-r', String(dpi), '-png', file, join(dir, 'page')]);
    return readdirSync(dir)
      .filter((f) => f.endsWith('.png'))
      .sort()
      .map((f) => readQr(readFileSync(join(dir, f))));
  });
