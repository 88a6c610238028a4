// For tsconfig.pure.json only: the Encoding API that the link codec uses (src/share-link/query.ts)
// is in every browser and in Node, but in no ES lib. Declared alone, so the pure files still
// see no DOM (no document, window or storage).
declare class TextEncoder {
  encode(input?: string): Uint8Array;
}
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  decode(input?: ArrayBufferView | ArrayBuffer): string;
}
