/**
 * The one strict UTF-8 decoder for text read from files and standard input: a leading byte-order
 * mark is dropped, and anything that is not UTF-8 (a Latin-1 file, overlong forms, encoded
 * surrogates, a truncated sequence) gives `undefined` instead of being replaced with U+FFFD, so
 * the caller can say so. No Node imports: the renderer may use it.
 */
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

export function decodeStrictUtf8(bytes: Uint8Array): string | undefined {
  try {
    return decoder.decode(bytes);
  } catch {
    return undefined;
  }
}
