import { useEffect, useState } from 'react';
import { qrDataUrl, type QrImage } from './qr-code';

export interface QrState {
  status: 'none' | 'loading' | 'ready' | 'failed';
  /** The newest code made; while a new one is being made, the previous one (for `url`'s predecessor). */
  src?: QrImage;
  /** The URL `src` encodes. */
  url?: string;
}

/** The QR code of `url`, made a moment after it stops changing (typing a note changes it on every key). */
export function useQrCode(url: string | undefined, delayMs = 250): QrState {
  const [made, setMade] = useState<{ url: string; src?: QrImage; failed?: boolean }>();
  useEffect(() => {
    if (!url) return;
    let live = true;
    const timer = setTimeout(() => {
      qrDataUrl(url).then(
        (src) => live && setMade({ url, src }),
        () => live && setMade({ url, failed: true }),
      );
    }, delayMs);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [url, delayMs]);
  if (!url) return { status: 'none' };
  if (made?.url !== url) return { status: 'loading', src: made?.src, url: made?.url };
  return made.src ? { status: 'ready', src: made.src, url } : { status: 'failed' };
}
