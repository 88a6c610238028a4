import { useLayoutEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useTextSize } from './use-text-size';

/**
 * "Larger text": a toggle button (aria-pressed). Before the app runs, the inline script in every page's
 * head (src/settings/text-size-script.ts) shows it and makes it work; from hydration on this component
 * does, and tells that script to step aside. Without scripts it stays hidden, since it could do nothing.
 */
export function TextSizeToggle() {
  const { t } = useTranslation();
  const [size, setSize] = useTextSize();
  const large = size === 'large';
  useLayoutEffect(() => {
    // Layout effect: in place before a click can reach React's handler, so a click is never handled twice.
    const root = document.documentElement;
    root.dataset.textSizeApp = '';
    return () => {
      delete root.dataset.textSizeApp;
    };
  }, []);
  return (
    <button type="button" className="text-size" aria-pressed={large} onClick={() => setSize(large ? 'standard' : 'large')}>
      {/* Always in the markup, shown by base.css with larger text: the inline script can show it before hydration. */}
      <span className="text-size__glyph" aria-hidden="true">
        ✓
      </span>
      {t('nav.largerText')}
    </button>
  );
}
