/**
 * Text read strictly as UTF-8. A file saved as Windows-1252 or Latin-1 does
 * not decode: instead of U+FFFD in the page, the caller learns the line and
 * the value of the first byte that is not UTF-8.
 *
 *   decodeUtf8(bytes) // { text, bad: null } or { text (with U+FFFD), bad: { line: 830, byte: 0xe9 } }
 */
export function decodeUtf8(bytes: Uint8Array): { text: string; bad: { line: number; byte: number } | null } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), bad: null };
  } catch {
    const text = new TextDecoder('utf-8').decode(bytes);
    // The text before the first U+FFFD is the bytes before the first bad one, so its newlines are the line's.
    const before = text.slice(0, text.indexOf('\uFFFD'));
    return { text, bad: { line: before.split('\n').length, byte: bytes[new TextEncoder().encode(before).length]! } };
  }
}

/** "0xE9" */
export const hexByte = (b: number) => `0x${b.toString(16).toUpperCase().padStart(2, '0')}`;
