/**
 * The hash a clinician signs: SHA-256 of one piece of content, serialised as JSON. Pure: the same
 * content gives the same hash at build time (Node 20) and in any browser (Web Crypto). Key order
 * is kept as written, because it is display order (a card's signs, a module's steps): moving a
 * sign up the list is a change a clinician should see again. Whitespace in the source files does
 * not matter; any change to a word, a number, an id or an order does.
 */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export function contentHash(content: unknown): Promise<string> {
  return sha256Hex(JSON.stringify(content));
}
