/**
 * A URL as a QR code: a PNG data: URL, so it is a real image that chat apps can
 * recognise on a long press and that prints sharply. The encoder is a chunk of
 * its own, loaded only when a link is first made (never in a page's first script).
 */
export async function qrDataUrl(text: string): Promise<string> {
  const { toDataURL } = await import('qrcode');
  // Error correction M survives smudges on paper; margin 4 is the quiet zone the standard asks for.
  return toDataURL(text, { errorCorrectionLevel: 'M', margin: 4, scale: 8, color: { dark: '#000000', light: '#ffffff' } });
}
