import { Fragment, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdCheck, Segment } from './ad-matcher';
import { claimAnchor, type ClaimId } from './claims';

const MAX = 10_000;
// The matcher and its phrase lists load only when someone is about to check an ad; checking a
// few words compiles the patterns, so the first real check is as fast as the rest.
let matcher: Promise<typeof import('./ad-matcher')> | undefined;
const loadMatcher = () =>
  (matcher ??= import('./ad-matcher').then((m) => {
    m.checkAd('warm up');
    return m;
  }));

interface Props {
  /** Claims found in a checked ad: the page adds them to the reader's list. */
  onFound: (ids: readonly ClaimId[]) => void;
  /** A claim's number in the reader's list (what the marks in the ad point to). */
  numberOf: (id: ClaimId) => number;
}

/**
 * Paste an ad and check it, on this device. The text lives only in this component's state:
 * it is never stored, sent or put in a link, and it is shown back as React text (never HTML).
 */
export function AdChecker({ onFound, numberOf }: Props) {
  const { t } = useTranslation('claim-checker');
  const [text, setText] = useState('');
  const [result, setResult] = useState<{ check: AdCheck; segments: Segment[] } | null>(null);
  const [empty, setEmpty] = useState(false);
  const [busy, setBusy] = useState(false);
  const results = useRef<HTMLElement>(null);
  const scroll = useRef(false);

  useEffect(() => {
    if (result && scroll.current) {
      scroll.current = false;
      const el = results.current;
      if (el && typeof el.scrollIntoView === 'function') el.scrollIntoView({ block: 'start' });
    }
  }, [result]);

  async function check() {
    if (!text.trim()) {
      setResult(null);
      setEmpty(true);
      return;
    }
    setEmpty(false);
    setBusy(true);
    try {
      const { checkAd, markSegments } = await loadMatcher();
      const found = checkAd(text);
      scroll.current = true;
      setResult({ check: found, segments: markSegments(found) });
      onFound(found.claims);
    } finally {
      setBusy(false);
    }
  }

  function clear() {
    setText('');
    setResult(null);
    setEmpty(false);
  }

  const over = text.length > MAX;
  return (
    <>
      <section className="ad-check no-print" aria-labelledby="ad-check-heading">
        <h2 id="ad-check-heading">{t('paste.heading')}</h2>
        <label className="field__label" htmlFor="ad-text">
          {t('paste.label')}
        </label>
        <p className="hint" id="ad-text-hint">
          {t('paste.hint')}
        </p>
        {/* No name: the text can never be submitted with a form or land in an address. */}
        <textarea
          id="ad-text"
          className="field__input ad-check__text"
          rows={7}
          value={text}
          aria-describedby="ad-text-hint ad-text-count"
          autoComplete="off"
          onFocus={() => void loadMatcher()}
          onChange={(e) => {
            setText(e.target.value);
            setEmpty(false);
          }}
        />
        <p id="ad-text-count" className={`ad-check__count${over ? ' ad-check__count--over' : ''}`}>
          {t('paste.charCount', { count: text.length })}
        </p>
        <noscript>
          <p className="notice">{t('paste.noScript')}</p>
        </noscript>
        <div className="button-row">
          <button type="button" className="button" onClick={() => void check()} aria-busy={busy || undefined}>
            {t('paste.check')}
          </button>
          <button type="button" className="button button--secondary" onClick={clear}>
            {t('paste.clear')}
          </button>
        </div>
        <div role="status" className="ad-check__status">
          {empty && <p className="notice">{t('paste.empty')}</p>}
          {result && (
            <p>
              <strong>{result.check.claims.length ? t('result.found', { count: result.check.claims.length }) : t('result.none')}</strong>
            </p>
          )}
        </div>
      </section>
      {result && (
        <section className="ad-result no-print" aria-labelledby="ad-result-heading" ref={results}>
          <h2 id="ad-result-heading">{t('result.heading')}</h2>
          {result.check.cut && <p className="notice">{t('paste.tooLong', { count: result.check.length })}</p>}
          <p className={result.check.claims.length ? 'ad-result__caveat' : 'notice ad-result__caveat'}>{t('result.notHonest')}</p>
          {result.check.claims.length > 0 && (
            <>
              <h3>{t('result.markedHeading')}</h3>
              <p className="hint">{t('result.markedHint')}</p>
              <div className="ad-marked">
                {result.segments.map((s, i) =>
                  s.claims.length === 0 ? (
                    <Fragment key={i}>{s.text}</Fragment>
                  ) : (
                    <Fragment key={i}>
                      <mark className="ad-mark">{s.text}</mark>
                      {s.claims.filter((id) => numberOf(id) > 0).map((id) => (
                        <a key={id} className="ad-mark__ref" href={`#list-${claimAnchor(id)}`} aria-label={t('result.claimNumber', { number: numberOf(id) })}>
                          {numberOf(id)}
                        </a>
                      ))}
                    </Fragment>
                  ),
                )}
              </div>
            </>
          )}
        </section>
      )}
    </>
  );
}
