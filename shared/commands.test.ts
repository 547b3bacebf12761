import { describe, expect, it } from 'vitest';
import { COMMAND_IDS, COMMAND_SPECS, commandForKey, matchesAccelerator, shortcutLabel, type KeyPress } from './commands';

/** A key press from its shortcut text: 'Ctrl+Shift+f', 'Meta+0', 'z'. */
const press = (text: string): KeyPress => {
  const parts = text.split('+');
  const key = parts.pop()!;
  return { key, ctrlKey: parts.includes('Ctrl'), metaKey: parts.includes('Meta'), shiftKey: parts.includes('Shift'), altKey: parts.includes('Alt') };
};

describe('commandForKey (the browser: the page handles every shortcut)', () => {
  it.each([
    ['Ctrl+0', 'fit-view'],
    ['Meta+0', 'fit-view'],
    ['Ctrl+Shift+F', 'toggle-forecast'],
    ['Ctrl+Shift+f', 'toggle-forecast'],
    ['Ctrl+f', 'find'],
    ['Ctrl+Shift+D', 'toggle-dotted-lines'],
    ['Ctrl+Shift+M', 'toggle-minimap'],
    ['Ctrl+Shift+H', 'toggle-heat'],
    ['Ctrl+z', 'undo'],
    ['Ctrl+Shift+Z', 'redo'],
    ['Ctrl+y', 'redo'],
    ['Ctrl+s', 'save'],
    ['Ctrl+Shift+S', 'save-as'],
    ['Ctrl+e', 'export-scenario'],
    ['Ctrl+Shift+E', 'export-png'],
    ['Ctrl+l', 'relayout'],
    ['Ctrl+i', 'import-csv'],
    ['Ctrl+g', 'generate-org'],
  ])('%s is %s', (keys, command) => {
    expect(commandForKey(press(keys))).toBe(command);
  });

  it.each(['f', 'Shift+F', 'Ctrl+Alt+f', 'Ctrl+Shift+y', 'Ctrl+Shift+L', 'Ctrl+Shift+0', 'Ctrl+1'])('%s is no command', (keys) => {
    expect(commandForKey(press(keys))).toBeNull();
  });
});

describe('commandForKey on the desktop (the native menu owns the accelerators)', () => {
  it('leaves every menu accelerator to the menu and keeps the extra keys', () => {
    expect(commandForKey(press('Ctrl+z'), true)).toBeNull();
    expect(commandForKey(press('Ctrl+Shift+F'), true)).toBeNull();
    expect(commandForKey(press('Ctrl+0'), true)).toBeNull();
    expect(commandForKey(press('Ctrl+y'), true)).toBe('redo');
  });
});

describe('the command table', () => {
  it('gives every key to one command at most', () => {
    const keys = COMMAND_SPECS.flatMap((c) => [...('accelerator' in c ? [c.accelerator] : []), ...('alsoKeys' in c ? c.alsoKeys : [])]);
    expect(new Set(keys).size).toBe(keys.length);
    expect(new Set(COMMAND_IDS).size).toBe(COMMAND_IDS.length);
  });

  it('matches modifiers exactly: Ctrl+Shift+F is not Ctrl+F', () => {
    expect(matchesAccelerator('CmdOrCtrl+F', press('Ctrl+Shift+F'))).toBe(false);
    expect(matchesAccelerator('CmdOrCtrl+Shift+F', press('Ctrl+F'))).toBe(false);
    expect(matchesAccelerator('CmdOrCtrl+Shift+F', press('Meta+Shift+F'))).toBe(true);
  });

  it.each([
    ['CmdOrCtrl+S', false, 'Ctrl+S'],
    ['CmdOrCtrl+Shift+F', false, 'Ctrl+Shift+F'],
    ['CmdOrCtrl+Shift+F', true, '⇧⌘F'],
    ['CmdOrCtrl+0', true, '⌘0'],
  ])('shortcutLabel(%s, mac %s) is %s', (accelerator, mac, label) => {
    expect(shortcutLabel(accelerator, mac)).toBe(label);
  });
});
