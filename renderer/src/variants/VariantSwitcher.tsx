/**
 * The toolbar's variant switcher: a button with the name of the variant being edited; its menu lists every variant
 * (choosing one edits it) and offers Duplicate as new variant…, Rename…, Delete… and Compare variants….
 * Keyboard: Enter, Space or ↓ opens it; ↑ ↓ Home End move; Enter picks; Escape closes and returns to the button.
 */
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { activeVariantName, commandSpec, shortcutLabel, variantNames } from '../../../shared';
import { useStore, type Store } from '../store/store';
import { switchToVariant } from './variantActions';
import { confirmDeleteVariant, openCompare, openDuplicateDialog, openRenameDialog } from './variantsUi';
import './variants.css';

/** The compare command's shortcut as this platform writes it (from the one command table). */
const COMPARE_KEY = shortcutLabel(commandSpec('compare-variants').accelerator ?? '', typeof navigator !== 'undefined' && /Mac/.test(navigator.platform));

const selectActive = (s: Store): string => activeVariantName(s.scenario);
const selectNames = (s: Store): readonly string[] => variantNames(s.scenario);

export function VariantSwitcher() {
  const active = useStore(selectActive);
  const names = useStore(useShallow(selectNames));
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);

  const items = (): HTMLElement[] => [...(menu.current?.querySelectorAll<HTMLElement>('[role^="menuitem"]:not([disabled])') ?? [])];
  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) button.current?.focus();
  };
  const run = (action: () => void) => {
    close(false);
    action();
  };

  useEffect(() => {
    if (!open) return;
    // Focus the variant being edited, so Enter keeps it and ↑ ↓ start from it.
    (menu.current?.querySelector<HTMLElement>('[aria-checked="true"]') ?? menu.current?.querySelector<HTMLElement>('[role^="menuitem"]'))?.focus();
    const onPointer = (e: PointerEvent) => {
      const target = e.target as Node;
      if (!menu.current?.contains(target) && !button.current?.contains(target)) setOpen(false);
    };
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      // Escape is the menu's, not the side panel's (App closes the panel on Escape).
      e.stopPropagation();
      setOpen(false);
      button.current?.focus();
    };
    window.addEventListener('pointerdown', onPointer, true);
    window.addEventListener('keydown', onKey, true);
    return () => {
      window.removeEventListener('pointerdown', onPointer, true);
      window.removeEventListener('keydown', onKey, true);
    };
  }, [open, menu, button]);

  const onMenuKey = (e: KeyboardEvent) => {
    const list = items();
    const at = list.indexOf(document.activeElement as HTMLElement);
    const go = (i: number) => list[(i + list.length) % list.length]?.focus();
    if (e.key === 'ArrowDown') go(at + 1);
    else if (e.key === 'ArrowUp') go(at - 1);
    else if (e.key === 'Home') go(0);
    else if (e.key === 'End') go(list.length - 1);
    else if (e.key === 'Tab') return close(false);
    else return;
    e.preventDefault();
    // The arrows are the menu's: the window's handler would also walk the chart's units with them.
    e.stopPropagation();
  };

  return (
    <div className="variant-switcher" data-testid="variant-switcher">
      <button
        ref={button}
        type="button"
        className={open ? 'button button--on variant-switcher__button' : 'button variant-switcher__button'}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-label={`Variant: ${active}`}
        title={`The variant being edited: ${active}. Switch, duplicate, rename, delete or compare variants.`}
        onClick={() => setOpen(!open)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' && !open) {
            e.preventDefault();
            e.stopPropagation();
            setOpen(true);
          }
        }}
      >
        <span className="variant-switcher__label">Variant</span>
        <span className="variant-switcher__name" data-testid="active-variant">
          {active}
        </span>
        <span aria-hidden>▾</span>
      </button>
      {open && (
        <div ref={menu} className="variant-menu" role="menu" aria-label="Variants" onKeyDown={onMenuKey}>
          {names.map((name) => (
            <button
              key={name}
              type="button"
              role="menuitemradio"
              aria-checked={name === active}
              className="variant-menu__item"
              onClick={() => run(() => switchToVariant(name))}
            >
              <span className="variant-menu__check" aria-hidden>
                {name === active ? '✓' : ''}
              </span>
              {name}
            </button>
          ))}
          <div className="variant-menu__separator" role="separator" />
          <button type="button" role="menuitem" className="variant-menu__item" onClick={() => run(openDuplicateDialog)}>
            <span className="variant-menu__check" aria-hidden />
            Duplicate as new variant…
          </button>
          <button type="button" role="menuitem" className="variant-menu__item" onClick={() => run(() => openRenameDialog(active))}>
            <span className="variant-menu__check" aria-hidden />
            Rename “{active}”…
          </button>
          <button
            type="button"
            role="menuitem"
            className="variant-menu__item"
            disabled={names.length < 2}
            title={names.length < 2 ? 'A document keeps at least one variant' : undefined}
            onClick={() => run(() => void confirmDeleteVariant(active))}
          >
            <span className="variant-menu__check" aria-hidden />
            Delete “{active}”…
          </button>
          <div className="variant-menu__separator" role="separator" />
          <button
            type="button"
            role="menuitem"
            className="variant-menu__item"
            disabled={names.length < 2}
            title={names.length < 2 ? 'Duplicate a variant first: there is one' : undefined}
            onClick={() => run(openCompare)}
          >
            <span className="variant-menu__check" aria-hidden />
            Compare variants…
            <span className="variant-menu__key">{COMPARE_KEY}</span>
          </button>
        </div>
      )}
    </div>
  );
}
