import { describe, expect, it } from 'vitest';
import { textBlob } from './textBlob';

describe('textBlob', () => {
  it('holds the same bytes as one Blob of the text, surrogate pairs at the slice edges kept whole, lone ones as one Blob writes them', async () => {
    const text = `{"name":"a😀b\ud800x\udc00"}\n${'x😀'.repeat(50)}é\u2028"\n`;
    const whole = new Uint8Array(await new Blob([text]).arrayBuffer());
    for (const size of [1, 2, 3, 7, 64, text.length, text.length + 1]) {
      const blob = await textBlob(text, 'application/json', size);
      expect(blob.type).toBe('application/json');
      expect(new Uint8Array(await blob.arrayBuffer())).toEqual(whole);
      expect(await blob.text()).toBe(await new Blob([text]).text()); // lone surrogates read back as U+FFFD, as from one Blob
    }
  });
});
