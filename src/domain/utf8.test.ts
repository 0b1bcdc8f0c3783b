import { describe, expect, it } from 'vitest';
import { decodeUtf8, hexByte } from './utf8.ts';

describe('decodeUtf8', () => {
  it('decodes UTF-8, accents and emoji included', () => {
    expect(decodeUtf8(Buffer.from('Jum’at\nYang Söng 🙂\n'))).toEqual({ text: 'Jum’at\nYang Söng 🙂\n', bad: null });
  });

  it.each([
    [Buffer.concat([Buffer.from('a\nb\nYang S'), Buffer.from([0xf6]), Buffer.from('ng\n')]), 3, 0xf6],
    [Buffer.concat([Buffer.from('Jum'), Buffer.from([0x92]), Buffer.from('at\n')]), 1, 0x92],
    [Buffer.concat([Buffer.from('ü\n\n'), Buffer.from([0xe2, 0x80])]), 3, 0xe2],
  ])('names the line and byte of the first byte that is not UTF-8 (%#)', (bytes, line, byte) => {
    expect(decodeUtf8(bytes).bad).toEqual({ line, byte });
  });

  it('writes a byte as hex', () => {
    expect(hexByte(0xe9)).toBe('0xE9');
    expect(hexByte(9)).toBe('0x09');
  });
});
