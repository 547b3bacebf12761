import { describe, expect, it } from 'vitest';
import { createOpener } from './opener';

describe('createOpener', () => {
  it('each opening is a new request with its payload; closing keeps the count', () => {
    const opener = createOpener<string>();
    expect(opener.isOpen()).toBe(false);
    opener.open('a.csv');
    expect(opener.isOpen()).toBe(true);
    opener.open('b.csv');
    opener.update('b2.csv');
    opener.close();
    expect(opener.isOpen()).toBe(false);
    opener.open('c.csv');
    expect(opener.isOpen()).toBe(true);
  });
});
