import { describe, expect, it } from 'vitest';
import { decodeStrictUtf8 } from '../../src/core/files/utf8';

const bytes = (...b: number[]) => new Uint8Array(b);
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('the strict UTF-8 decoder', () => {
  it('decodes UTF-8 and drops a leading byte-order mark (only the leading one)', () => {
    expect(decodeStrictUtf8(utf8('Dear Siobhán, 王小明 👋'))).toBe('Dear Siobhán, 王小明 👋');
    expect(decodeStrictUtf8(bytes(0xef, 0xbb, 0xbf, 0x68, 0x69))).toBe('hi');
    expect(decodeStrictUtf8(bytes(0x68, 0xef, 0xbb, 0xbf, 0x69))).toBe('h\ufeffi');
    expect(decodeStrictUtf8(bytes())).toBe('');
  });

  it('refuses what is not UTF-8 instead of replacing it', () => {
    expect(decodeStrictUtf8(bytes(0x63, 0x61, 0x66, 0xe9))).toBeUndefined(); // Latin-1 "café"
    expect(decodeStrictUtf8(bytes(0xc0, 0xaf))).toBeUndefined(); // overlong "/"
    expect(decodeStrictUtf8(bytes(0xed, 0xa0, 0x80))).toBeUndefined(); // an encoded surrogate
    expect(decodeStrictUtf8(bytes(0xe2, 0x82))).toBeUndefined(); // cut short
    expect(decodeStrictUtf8(bytes(0xff, 0xfe, 0x68, 0x00))).toBeUndefined(); // UTF-16
  });
});
