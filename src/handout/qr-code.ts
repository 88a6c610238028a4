/** A QR code ready to show and print. */
export interface QrImage {
  /** A PNG data: URL, so it is a real image that chat apps recognise on a long press and that prints sharply. */
  src: string;
  /** Printed width and height in millimetres: large enough that a 100 dpi scan of the paper still reads. */
  mm: number;
}

/** Each square of the code on paper: 0.66 mm is 2.6 pixels in a 100 dpi scan (below about 2.2 px, decoding fails). */
const MODULE_MM = 0.66;
/** A short link's code is printed at least this wide, so a phone reads it from arm's length. */
const MIN_MM = 35;
/** Above this width, error correction L (a smaller code) is worth more than M's tolerance of smudges. */
const LARGE_MM = 50;

/**
 * A URL as a QR code. The encoder is a chunk of its own, loaded only when a link is first made
 * (never in a page's first script).
 */
export async function qrDataUrl(text: string): Promise<QrImage> {
  const { create, toDataURL } = await import('qrcode');
  // Margin 4 is the quiet zone the standard asks for; it is counted in the printed width.
  const width = (level: 'M' | 'L') => (create(text, { errorCorrectionLevel: level }).modules.size + 8) * MODULE_MM;
  const level = width('M') > LARGE_MM ? 'L' : 'M';
  const src = await toDataURL(text, { errorCorrectionLevel: level, margin: 4, scale: 8, color: { dark: '#000000', light: '#ffffff' } });
  return { src, mm: Math.max(MIN_MM, Math.ceil(width(level))) };
}
