// Written in by the build (vite.config.ts `define`, from src/build/defines.ts). Where the build did
// not set them (a tool that skips the config), the safe default applies: no report link.
declare const __CONTACT_EMAIL__: string | undefined;
declare const __SITE_URL__: string | undefined;

/** Where "Report a problem with this page" writes to (CONTACT_EMAIL at build time); '' when unset. */
export const contactEmail: string = typeof __CONTACT_EMAIL__ === 'string' ? __CONTACT_EMAIL__ : '';

/** The site's public address (SITE_URL at build time), without a trailing slash. */
export const siteUrl: string = typeof __SITE_URL__ === 'string' ? __SITE_URL__ : 'https://stem-cell-guide.example';
