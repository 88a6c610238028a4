/**
 * The "Report a problem with this page" mail link: to the address set at build time, with the
 * page's address (path only: a share link's query can hold a patient's own words, which must not
 * leave in an email unasked) and the content version filled in. Line breaks as CRLF (RFC 6068).
 */
export function reportHref(email: string, subject: string, body: string): string {
  return `mailto:${email}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body.replace(/\r?\n/g, '\r\n'))}`;
}
