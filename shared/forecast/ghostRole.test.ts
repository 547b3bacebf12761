import { describe, expect, it } from 'vitest';
import { ghostRoleText } from './ghostRole';

describe('ghostRoleText', () => {
  it.each([
    ['EM', 'EM needed'],
    ['Director', 'Director needed'],
    ['Senior Director', 'Senior Director needed'],
    ['VP', 'VP needed'],
  ] as const)('%s → %s', (role, text) => {
    expect(ghostRoleText({ role })).toBe(text);
  });
});
