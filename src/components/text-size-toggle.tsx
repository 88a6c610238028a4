import { useTranslation } from 'react-i18next';
import { useTextSize } from '../settings/use-text-size';

/** "Larger text": a toggle button (aria-pressed), hidden until scripts run so it never does nothing. */
export function TextSizeToggle() {
  const { t } = useTranslation();
  const [size, setSize] = useTextSize();
  const large = size === 'large';
  return (
    <button type="button" className="text-size" aria-pressed={large} onClick={() => setSize(large ? 'standard' : 'large')}>
      {large && (
        <span className="text-size__glyph" aria-hidden="true">
          ✓
        </span>
      )}
      {t('nav.largerText')}
    </button>
  );
}
