/**
 * Copying a link, for every page that shares one. Browser-only (the codec beside it is pure).
 * The clipboard API is missing in older and in-app browsers and on plain http, and a reader can
 * refuse it; then the visible link field is selected and the old copy command tried, and if
 * that fails too the field stays selected so the reader can copy it themselves.
 */
import { useState } from 'react';

/** 'copied', or 'selected': the link is selected in its field, for the reader to copy. */
export type CopyResult = 'copied' | 'selected';

type LinkField = HTMLInputElement | HTMLTextAreaElement;

export async function copyText(text: string, field: LinkField | null | undefined): Promise<CopyResult> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return 'copied';
    }
  } catch {
    // Refused or not allowed here: fall back below.
  }
  if (!field) return 'selected';
  field.focus();
  field.setSelectionRange(0, field.value.length);
  try {
    // Deprecated but still the only copy some browsers allow without the clipboard API.
    if (document.execCommand('copy')) return 'copied';
  } catch {
    // Not supported: the selected field is the fallback.
  }
  return 'selected';
}

/** 'shared': the system share sheet took the link. */
export type ShareResult = CopyResult | 'shared';

/**
 * The system share sheet where the browser has one (phones, WeChat's browser on iOS), else copying
 * as copyText does. undefined: the reader closed the sheet. Every share button goes through here.
 */
export async function shareOrCopy(title: string, url: string, field?: LinkField | null): Promise<ShareResult | undefined> {
  if (typeof navigator.share === 'function') {
    try {
      await navigator.share({ title, url });
      return 'shared';
    } catch (e) {
      if (e instanceof DOMException && e.name === 'AbortError') return undefined;
      // Not allowed here (no user gesture left, a page without HTTPS…): copy instead.
    }
  }
  return copyText(url, field);
}

/** The result of copying `text`, forgotten as soon as the text changes (a new link is not copied yet). */
export function useCopyText(text: string) {
  const [done, setDone] = useState<{ text: string; result: CopyResult }>();
  const copy = async (field: LinkField | null | undefined) => setDone({ text, result: await copyText(text, field) });
  return { status: done?.text === text ? done.result : undefined, copy };
}
