// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { rootRedirectScript } from '../../src/app/root-redirect';
import { preferredLang } from '../../src/i18n/langs';
import { rememberedLang, rememberLang } from '../../src/i18n/remember-lang';
import { readTextSize, TEXT_SIZE_KEY } from '../../src/settings/text-size';
import { textSizeScript } from '../../src/settings/text-size-script';
import { SAVED_HANDOUTS_KEY } from '../../src/storage/saved-handouts-key';

/** Runs an inline script with its browser globals replaced, as the page would run it. */
function run(script: string, globals: Record<string, unknown>) {
  // The inline script's own text is what pages run.
  new Function(...Object.keys(globals), script)(...Object.values(globals));
}

describe('the root redirect (inline on "/")', () => {
  beforeEach(() => localStorage.clear());

  function redirect(languages: readonly string[] | undefined, language = '', search = '', hash = ''): string {
    let target = '';
    const location = { search, hash, replace: (url: string) => (target = url) };
    run(rootRedirectScript, { localStorage, navigator: { languages, language }, location });
    return target;
  }

  it.each([[['zh-CN']], [['zh-TW', 'en']], [['en-US', 'zh']], [['fr-FR']], [['en-GB']], [[]], [['ZH-hk']]])(
    'sends a browser preferring %j where preferredLang says, keeping query and hash',
    (languages) => {
      expect(redirect(languages, '', '?from=qr', '#main')).toBe(`/${preferredLang(languages)}/?from=qr#main`);
    },
  );

  it('uses navigator.language where a browser has no navigator.languages', () => {
    expect(redirect(undefined, 'zh-CN')).toBe('/zh/');
    expect(redirect(undefined, 'de')).toBe('/en/');
  });

  it('prefers the language remembered by rememberLang over the browser’s', () => {
    rememberLang('zh');
    expect(rememberedLang()).toBe('zh');
    expect(redirect(['en-US'])).toBe('/zh/');
    rememberLang('en');
    expect(redirect(['zh-CN'])).toBe('/en/');
  });

  it('ignores a stored value that is not a language, and storage that throws', () => {
    localStorage.setItem('sci-lang', '../evil');
    expect(redirect(['zh-CN'])).toBe('/zh/');
    const throwing = {
      getItem: () => {
        throw new Error('blocked');
      },
    };
    let target = '';
    run(rootRedirectScript, { localStorage: throwing, navigator: { languages: ['en'] }, location: { search: '', hash: '', replace: (u: string) => (target = u) } });
    expect(target).toBe('/en/');
  });
});

describe('the text-size script (inline in every page’s head)', () => {
  let doc: Document;
  let button: HTMLButtonElement;

  beforeEach(() => {
    localStorage.clear();
    doc = document.implementation.createHTMLDocument('page');
    // The header's button as prerendered: "standard", its tick hidden by CSS.
    button = doc.createElement('button');
    button.className = 'text-size';
    button.setAttribute('aria-pressed', 'false');
    button.append('Larger text');
    doc.body.append(button);
  });

  const start = () => run(textSizeScript, { document: doc, localStorage });
  const root = () => doc.documentElement;

  it('marks that scripts run, so the button shows', () => {
    start();
    expect(root().hasAttribute('data-js')).toBe(true);
  });

  it('applies the remembered larger text before the first paint and presses the button once the page is parsed', () => {
    localStorage.setItem(TEXT_SIZE_KEY, 'large');
    start();
    expect(root().getAttribute('data-text-size')).toBe('large');
    doc.dispatchEvent(new Event('DOMContentLoaded'));
    expect(button.getAttribute('aria-pressed')).toBe('true');
  });

  it('marks kept handouts before the first paint (the home page keeps room for their box), and only then', () => {
    start();
    expect(root().hasAttribute('data-saved-handouts')).toBe(false);
    localStorage.setItem(SAVED_HANDOUTS_KEY, '{}');
    start();
    expect(root().hasAttribute('data-saved-handouts')).toBe(true);
  });

  it('toggles and remembers the size before the app has loaded, as the app reads it', () => {
    start();
    button.click();
    expect(root().getAttribute('data-text-size')).toBe('large');
    expect(button.getAttribute('aria-pressed')).toBe('true');
    expect(readTextSize(localStorage)).toBe('large');
    button.click();
    expect(root().hasAttribute('data-text-size')).toBe(false);
    expect(button.getAttribute('aria-pressed')).toBe('false');
    expect(readTextSize(localStorage)).toBe('standard');
  });

  it('steps aside once the app’s own toggle is in place, so a click is handled once', () => {
    start();
    root().setAttribute('data-text-size-app', '');
    button.click();
    expect(root().hasAttribute('data-text-size')).toBe(false);
    expect(localStorage.getItem(TEXT_SIZE_KEY)).toBeNull();
  });

  it('ignores clicks elsewhere and works where storage throws', () => {
    const blocked = {
      getItem: () => {
        throw new Error('blocked');
      },
      setItem: () => {
        throw new Error('blocked');
      },
      removeItem: () => {
        throw new Error('blocked');
      },
    };
    run(textSizeScript, { document: doc, localStorage: blocked });
    doc.body.click();
    expect(root().hasAttribute('data-text-size')).toBe(false);
    button.click();
    expect(root().getAttribute('data-text-size')).toBe('large');
  });
});
