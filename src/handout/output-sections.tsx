import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** The builder's two result sections (link and QR code; preview), filled in by the lazily loaded output or by placeholders. */
export function OutputSections({ output, preview }: { output: ReactNode; preview: ReactNode }) {
  const { t } = useTranslation('handout-builder');
  return (
    <>
      <section className="handout-output" aria-labelledby="handout-output-heading">
        <h2 id="handout-output-heading">{t('builder.outputHeading')}</h2>
        {output}
      </section>
      <section className="handout-preview" aria-labelledby="handout-preview-heading">
        <h2 id="handout-preview-heading">{t('builder.previewHeading')}</h2>
        <p>{t('builder.previewHint')}</p>
        {preview}
      </section>
    </>
  );
}
