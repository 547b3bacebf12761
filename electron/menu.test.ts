import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { COMMAND_SPECS } from '../shared/commands';
import { buildMenuTemplate } from './menu';

const flatten = (items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
  items.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? flatten(i.submenu) : [])]);

describe('buildMenuTemplate', () => {
  it.each([
    ['New', 'CmdOrCtrl+N', 'new'],
    ['Generate Org…', 'CmdOrCtrl+G', 'generate-org'],
    ['Show Emergence Heat', 'CmdOrCtrl+Shift+H', 'toggle-heat'],
    ['Open…', 'CmdOrCtrl+O', 'open'],
    ['Save', 'CmdOrCtrl+S', 'save'],
    ['Save As…', 'CmdOrCtrl+Shift+S', 'save-as'],
    ['Undo', 'CmdOrCtrl+Z', 'undo'],
    ['Redo', 'CmdOrCtrl+Shift+Z', 'redo'],
    ['Fit Chart', 'CmdOrCtrl+0', 'fit-view'],
    ['Compare Variants…', 'CmdOrCtrl+Shift+K', 'compare-variants'],
    ['Duplicate as New Variant…', undefined, 'variant-duplicate'],
    ['Rename Variant…', undefined, 'variant-rename'],
    ['Delete Variant…', undefined, 'variant-delete'],
    ['Next Variant', undefined, 'variant-next'],
  ])('%s (%s) sends %s to the renderer', (label, accelerator, command) => {
    const send = vi.fn();
    const item = flatten(buildMenuTemplate(send, 'linux')).find((i) => i.label === label)!;
    expect(item.accelerator).toBe(accelerator);
    (item.click as () => void)();
    expect(send).toHaveBeenCalledWith(command);
  });

  it('lists recent files and opens one when chosen', () => {
    const open = vi.fn();
    const clear = vi.fn();
    const items = flatten(buildMenuTemplate(vi.fn(), 'linux', { paths: ['/a/one.orgsim.json', '/b/two.orgsim.json'], open, clear }));
    (items.find((i) => i.label === '/b/two.orgsim.json')!.click as () => void)();
    expect(open).toHaveBeenCalledWith('/b/two.orgsim.json');
    (items.find((i) => i.label === 'Clear Recent')!.click as () => void)();
    expect(clear).toHaveBeenCalled();
    expect(flatten(buildMenuTemplate(vi.fn(), 'linux')).find((i) => i.label === 'No recent files')).toMatchObject({ enabled: false });
  });

  it('opens the Read Me from Help', () => {
    const openReadme = vi.fn();
    (flatten(buildMenuTemplate(vi.fn(), 'linux', undefined, openReadme)).find((i) => i.label === 'OrgSim Read Me')!.click as () => void)();
    expect(openReadme).toHaveBeenCalled();
  });

  it('keeps text editing, zoom and About as Electron roles; no Reload or DevTools in a packaged build', () => {
    const roles = flatten(buildMenuTemplate(vi.fn(), 'linux'))
      .map((i) => i.role)
      .filter(Boolean);
    expect(roles).toEqual(expect.arrayContaining(['cut', 'copy', 'paste', 'selectAll', 'zoomIn', 'zoomOut', 'resetZoom', 'about', 'quit']));
    expect(roles).not.toContain('undo');
    expect(roles).not.toContain('reload');
    expect(roles).not.toContain('forceReload');
    expect(roles).not.toContain('toggleDevTools');
  });

  it('offers Reload and DevTools in development only', () => {
    const roles = flatten(buildMenuTemplate(vi.fn(), 'linux', undefined, undefined, true)).map((i) => i.role);
    expect(roles).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
  });

  it('has the app menu only on macOS', () => {
    expect(buildMenuTemplate(vi.fn(), 'darwin')[0]).toEqual({ role: 'appMenu' });
    expect(buildMenuTemplate(vi.fn(), 'win32')[0]!.label).toBe('&File');
  });
});

describe('the menu and the command table (shared/commands.ts)', () => {
  const items = flatten(buildMenuTemplate(vi.fn(), 'linux'));

  it.each(COMMAND_SPECS.map((c) => [c.id, c] as const))('offers %s with the table’s label and shortcut', (id, spec) => {
    const send = vi.fn();
    const item = flatten(buildMenuTemplate(send, 'linux')).find((i) => i.label === spec.label)!;
    expect(item).toBeDefined();
    expect(item.accelerator).toBe('accelerator' in spec ? spec.accelerator : undefined);
    (item.click as () => void)();
    expect(send).toHaveBeenCalledWith(id);
  });

  it('has no accelerator the table does not know (the browser would lack it)', () => {
    const known = new Set<string>(COMMAND_SPECS.flatMap((c) => ('accelerator' in c ? [c.accelerator] : [])));
    const own = items.filter((i) => i.accelerator && !i.role).map((i) => i.accelerator);
    expect(own.filter((a) => !known.has(a!))).toEqual([]);
  });
});
