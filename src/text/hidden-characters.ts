/**
 * Characters that change how text reads without being seen, for text that comes from people or
 * from links (own questions, handout notes): C0 and C1 controls other than tab, line feed and
 * carriage return; the soft hyphen; bidirectional marks, embeddings, overrides and isolates
 * (text can read differently from what it says); zero-width and other invisible formatting
 * characters; the byte-order mark; interlinear annotation marks. A character class body, for
 * callers that add their own (tab, line breaks, replacement characters).
 */
export const HIDDEN_CHARS =
  '\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F\\u00AD\\u061C\\u180E\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u2064\\u2066-\\u206F\\uFEFF\\uFFF9-\\uFFFB';

/** A surrogate half without its partner: not text, and unencodable as UTF-8 or in a URL. */
export const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
