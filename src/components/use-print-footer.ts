import { useEffect } from 'react';

/** A CSS string literal: the text cannot end the string or the rule. */
const cssString = (s: string) => `"${s.replace(/[\\"]/g, '\\$&').replace(/[\n\r\f]/g, ' ')}"`;

/**
 * Prints `text` at the foot of every printed page, with "page n / N" (CSS page-margin boxes).
 * The words change with the page, so they go into a constructed stylesheet: the page's
 * Content-Security-Policy allows no inline <style>, and a constructed sheet is not one.
 */
export function usePrintFooter(text: string | undefined) {
  useEffect(() => {
    if (!text || typeof CSSStyleSheet === 'undefined' || !('adoptedStyleSheets' in document)) return;
    const sheet = new CSSStyleSheet();
    try {
      sheet.replaceSync(
        `@media print { @page { @bottom-left { content: ${cssString(text)}; font: 9pt sans-serif; } @bottom-right { content: counter(page) " / " counter(pages); font: 9pt sans-serif; } } }`,
      );
    } catch {
      return; // A browser that cannot parse it prints without the footer.
    }
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  }, [text]);
}
