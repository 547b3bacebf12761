/** The toolbar: the registry's commands (commands/registry.ts) as buttons, toggles and menus, with their shortcuts in the tooltips. */
import { expandToDepth, type CommandId } from '../../../shared';
import { COMMANDS, commandTitle, isCommandEnabled, runCommand, toolbarLabel, type Command } from '../commands';
import { editView } from '../editing';
import { selectDirty, selectDocumentName, selectPanel } from '../store/selectors';
import { useStore as useZustand } from 'zustand';
import { useStore } from '../store/store';
import { openReadinessReview } from './ReadinessReview';
import { VariantSwitcher } from '../variants/VariantSwitcher';

/** Whether a command is enabled, re-rendering when that changes (the store or undo history). */
function useCommandEnabled(id: CommandId): boolean {
  const canUndo = useZustand(useStore.temporal, (t) => t.pastStates.length > 0);
  const canRedo = useZustand(useStore.temporal, (t) => t.futureStates.length > 0);
  return useStore((state) => isCommandEnabled(id, { state, canUndo, canRedo }));
}

/** Whether a toggle command is on. */
const useCommandChecked = (id: CommandId): boolean => useStore((s) => (COMMANDS[id] as Command).checked?.(s) ?? false);

/** A command as a button: greyed out (disabled) when it can't run, its shortcut in the tooltip. */
function CommandButton({ id, label = toolbarLabel(id), ariaLabel }: { id: CommandId; label?: string; ariaLabel?: string }) {
  const enabled = useCommandEnabled(id);
  const disabledTitle: Partial<Record<CommandId, string>> = { undo: 'Nothing to undo', redo: 'Nothing to redo' };
  return (
    <button
      type="button"
      className="button"
      onClick={() => runCommand(id)}
      disabled={!enabled}
      title={enabled ? commandTitle(id) : (disabledTitle[id] ?? commandTitle(id))}
      aria-label={ariaLabel}
    >
      {label}
    </button>
  );
}

/** A toggle command as a checkbox. */
function CommandToggle({ id }: { id: CommandId }) {
  const checked = useCommandChecked(id);
  return (
    <label className="toggle" title={commandTitle(id)}>
      <input type="checkbox" checked={checked} onChange={() => runCommand(id)} /> {toolbarLabel(id)}
    </label>
  );
}

/** A command as an option of a toolbar menu (a select): disabled when it can't run, ✓ when it is a toggle that is on. */
function CommandOption({ id }: { id: CommandId }) {
  const enabled = useCommandEnabled(id);
  const checked = useCommandChecked(id);
  return (
    <option value={id} disabled={!enabled} title={commandTitle(id)}>
      {checked ? '✓ ' : ''}
      {toolbarLabel(id)}
    </option>
  );
}

const EXPORTS: readonly CommandId[] = ['export-scenario', 'export-month', 'export-csv', 'export-png-view', 'export-png', 'export-svg'];
const VIEW_COMMANDS: readonly CommandId[] = ['toggle-dotted-lines', 'toggle-minimap', 'fit-view', 'relayout', 'find'];
const isCommand = (value: string): value is CommandId => Object.hasOwn(COMMANDS, value);

export function Toolbar() {
  const name = useStore(selectDocumentName);
  const dirty = useStore(selectDirty);
  const notice = useStore((s) => s.notice);
  const panel = useStore(selectPanel);
  const timelineOpen = useStore((s) => s.timelineOpen);
  const openPanel = useStore((s) => s.openPanel);
  return (
    <header className="toolbar">
      <div className="toolbar__brand">OrgSim</div>
      <VariantSwitcher />
      <div className="toolbar__group" role="toolbar" aria-label="File">
        <CommandButton id="new" />
        <CommandButton id="generate-org" />
        <CommandButton id="open" />
        <CommandButton id="save" />
        <CommandButton id="save-as" />
        <CommandButton id="import-csv" />
        <select
          className="button"
          aria-label="Export"
          value=""
          onChange={(e) => {
            if (isCommand(e.target.value)) runCommand(e.target.value);
          }}
        >
          <option value="">Export…</option>
          {EXPORTS.map((id) => (
            <CommandOption key={id} id={id} />
          ))}
        </select>
      </div>
      <div className="toolbar__group" role="toolbar" aria-label="View">
        <CommandButton id="undo" ariaLabel="Undo" />
        <CommandButton id="redo" ariaLabel="Redo" />
        <CommandToggle id="toggle-forecast" />
        <CommandToggle id="toggle-heat" />
        <select
          className="button"
          aria-label="View menu"
          value=""
          onChange={(e) => {
            const v = e.target.value;
            // Expanding to a depth is a view change: saved in the file, not an undo step.
            if (v === 'depth-all') editView((view) => ({ ...view, collapsed: [] }));
            else if (v.startsWith('depth-')) editView((view, org) => expandToDepth(org, view, Number(v.slice(6))));
            else if (isCommand(v)) runCommand(v);
          }}
        >
          <option value="">View…</option>
          {VIEW_COMMANDS.map((id) => (
            <CommandOption key={id} id={id} />
          ))}
          <option value="depth-1">Expand to 1 layer</option>
          <option value="depth-2">Expand to 2 layers</option>
          <option value="depth-3">Expand to 3 layers</option>
          <option value="depth-4">Expand to 4 layers</option>
          <option value="depth-all">Expand all</option>
        </select>
        <button
          type="button"
          className={timelineOpen ? 'button button--on' : 'button'}
          onClick={() => useStore.getState().toggleTimeline()}
          title="Schedule events and play the org forward"
        >
          Timeline
        </button>
        <button type="button" className={panel === 'policy' ? 'button button--on' : 'button'} onClick={() => openPanel(panel === 'policy' ? null : 'policy')}>
          Policy
        </button>
        <button type="button" className={panel === 'health' ? 'button button--on' : 'button'} onClick={() => openPanel(panel === 'health' ? null : 'health')}>
          Org health
        </button>
        <button
          type="button"
          className="button"
          onClick={() => openReadinessReview()}
          title="Every manager and senior IC against the readiness signals: met, not met or unknown"
        >
          Readiness review
        </button>
      </div>
      <div className="toolbar__doc" data-testid="document-name">
        {dirty && (
          <span className="toolbar__dirty" title="Unsaved changes">
            ●
          </span>
        )}
        {name}
      </div>
      {notice && (
        <div className="toolbar__notice" role="status" onAnimationEnd={() => useStore.getState().showNotice(null)}>
          {notice}
        </div>
      )}
    </header>
  );
}
