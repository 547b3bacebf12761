/**
 * File > Generate Org…: a seeded org of a chosen size from the generator the calibration uses
 * (`shared/sample/generateOrg.ts`). It replaces the document like New (asking Save / Don't Save / Cancel first
 * when there are unsaved changes); the org is made in a Web Worker with a progress bar, so big sizes don't freeze.
 */
import { useEffect, useRef, useState, type Dispatch, type FormEvent, type SetStateAction } from 'react';
import { DEFAULT_POLICY, DEFAULT_SIMULATION, EMPTY_VIEW, type Scenario } from '../../../shared';
import { resolveUnsaved } from '../commands/unsaved';
import { cancelGeneration, generateInBackground } from '../generate/generateClient';
import { DEFAULT_GENERATE_SEED, GENERATE_PRESETS, readGenerateForm, type GenerateForm } from '../generate/generateForm';
import { createOpener } from '../store/opener';
import { useStore } from '../store/store';
import './generateOrgDialog.css';

const today = (): string => new Date().toISOString().slice(0, 10);
const fmt = (n: number) => n.toLocaleString('en');

const opener = createOpener<true>();

/** Open the dialog (File > Generate Org…, the toolbar, Ctrl/Cmd+G); while it is open, a second call changes nothing. */
export function openGenerateDialog(): void {
  if (!opener.isOpen()) opener.open(true);
}

type Phase =
  | { readonly kind: 'form' }
  | { readonly kind: 'asking' }
  | { readonly kind: 'generating'; readonly done: number; readonly of: number }
  /** The org is made; this thread now lays it out (a 100,000-person org takes seconds). */
  | { readonly kind: 'opening'; readonly people: number };

/** Resolve after the browser has painted (two frames), so a status shows before this thread gets busy. */
const afterPaint = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));

/** Mounted once in the app; the form's values stay from one opening to the next. */
export function GenerateOrgDialog() {
  const request = opener.useRequest();
  const [form, setForm] = useState<GenerateForm>(() => ({ preset: GENERATE_PRESETS[0], custom: '', seed: String(DEFAULT_GENERATE_SEED), asOf: today() }));
  if (request.payload === null) return null;
  return <GenerateOrgForm key={request.n} form={form} setForm={setForm} close={opener.close} />;
}

function GenerateOrgForm({ form, setForm, close }: { form: GenerateForm; setForm: Dispatch<SetStateAction<GenerateForm>>; close: () => void }) {
  const [phase, setPhase] = useState<Phase>({ kind: 'form' });
  const [tried, setTried] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const ref = useRef<HTMLFormElement>(null);
  // While the Save / Don't Save / Cancel question is up, the form steps aside.
  const open = phase.kind !== 'asking';
  const read = readGenerateForm(form);
  const errors = tried && !read.ok ? read.errors : {};

  useEffect(() => {
    if (phase.kind !== 'form') return;
    ref.current?.querySelector<HTMLElement>('input:checked')?.focus();
  }, [phase.kind]);
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      e.stopPropagation();
      if (phase.kind === 'generating') cancelGeneration();
      else if (phase.kind === 'form') close();
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [open, phase.kind, close]);

  if (!open) return null;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (phase.kind !== 'form') return;
    setTried(true);
    setFailure(null);
    if (!read.ok) return;
    // Like New: unsaved changes are saved, dropped, or the dialog stays (the question sits alone on screen).
    setPhase({ kind: 'asking' });
    if (!(await resolveUnsaved())) return setPhase({ kind: 'form' });
    setPhase({ kind: 'generating', done: 0, of: read.size });
    const outcome = await generateInBackground({ size: read.size, seed: read.seed, asOf: read.asOf }, (done, of) => setPhase({ kind: 'generating', done, of }));
    if (outcome.type === 'cancelled') return setPhase({ kind: 'form' });
    if (outcome.type === 'crash') {
      setFailure(`The generator hit a bug: ${outcome.message}`);
      return setPhase({ kind: 'form' });
    }
    const people = Object.keys(outcome.org.people).length;
    const units = Object.keys(outcome.org.units).length;
    setPhase({ kind: 'opening', people });
    await afterPaint();
    const name = `Generated org, ${fmt(people)} people, seed ${read.seed}`;
    const scenario: Scenario = { name, org: outcome.org, policy: DEFAULT_POLICY, events: [], simulation: DEFAULT_SIMULATION, view: EMPTY_VIEW };
    const state = useStore.getState();
    // Replaces the document like New: a fresh undo history, nothing to save until it changes (the seed remakes it).
    state.openScenario(scenario, null, name);
    state.requestFit();
    state.showNotice(`Generated ${fmt(people)} people in ${fmt(units)} units (seed ${read.seed}). Readiness signals are unknown, as in an HR export.`);
    close();
  };

  const generating = phase.kind === 'generating' || phase.kind === 'opening';
  const set = (patch: Partial<GenerateForm>) => setForm((f) => ({ ...f, ...patch }));
  return (
    <div className="modal-backdrop">
      <form
        ref={ref}
        className="modal modal--generate"
        role="dialog"
        aria-modal="true"
        aria-label="Generate an org"
        onSubmit={(e) => void submit(e)}
        noValidate
        data-testid="generate-dialog"
      >
        <h2>Generate an org</h2>
        <p className="side-panel__sub">
          A seeded org shaped like a real engineering org: a CTO, VPs, directors and EMs, teams of 5-8 ICs, 4-6 managers per manager of managers, tenures spread
          over years. Readiness signals and aspirations are unknown, as in an HR export. The same size, seed and date always give the same org. It replaces the
          current document.
        </p>
        <fieldset className="generate__sizes" disabled={generating}>
          <legend>People</legend>
          <div className="segmented" role="radiogroup" aria-label="People">
            {[...GENERATE_PRESETS, 'custom' as const].map((preset) => (
              <label key={preset} className={`segmented__option${form.preset === preset ? ' segmented__option--on' : ''}`}>
                <input type="radio" name="generate-size" value={preset} checked={form.preset === preset} onChange={() => set({ preset })} />
                {preset === 'custom' ? 'Custom' : fmt(preset)}
              </label>
            ))}
          </div>
          <input
            className="generate__custom"
            type="text"
            inputMode="numeric"
            aria-label="Custom number of people"
            placeholder="e.g. 4,000"
            value={form.custom}
            aria-invalid={errors.custom ? 'true' : undefined}
            onFocus={() => set({ preset: 'custom' })}
            onChange={(e) => set({ custom: e.target.value, preset: 'custom' })}
          />
          {errors.custom && <span className="field__error">{errors.custom}</span>}
        </fieldset>
        <div className="form-grid">
          <label>
            Seed
            <input
              type="text"
              inputMode="numeric"
              value={form.seed}
              disabled={generating}
              aria-invalid={errors.seed ? 'true' : undefined}
              onChange={(e) => set({ seed: e.target.value })}
            />
            {errors.seed && <span className="field__error">{errors.seed}</span>}
          </label>
          <label>
            As of (tenures count back from it)
            <input
              type="date"
              value={form.asOf}
              disabled={generating}
              aria-invalid={errors.asOf ? 'true' : undefined}
              onChange={(e) => set({ asOf: e.target.value })}
            />
            {errors.asOf && <span className="field__error">{errors.asOf}</span>}
          </label>
        </div>
        {phase.kind === 'generating' && (
          <div className="generate__progress" role="status" data-testid="generate-progress">
            <progress aria-label="Generating" value={phase.done} max={Math.max(1, phase.of)} />
            <span>
              Generating… {fmt(phase.done)} of {fmt(phase.of)} people
            </span>
          </div>
        )}
        {phase.kind === 'opening' && (
          <div className="generate__progress" role="status" data-testid="generate-progress">
            <progress aria-label="Opening" />
            <span>Laying out {fmt(phase.people)} people…</span>
          </div>
        )}
        {failure && (
          <p className="field__error" role="alert">
            {failure}
          </p>
        )}
        <div className="modal__actions">
          <button type="button" className="button" disabled={phase.kind === 'opening'} onClick={() => (generating ? cancelGeneration() : close())}>
            Cancel
          </button>
          <button type="submit" className="button button--primary" disabled={generating}>
            {read.ok ? `Generate ${fmt(read.size)} people` : 'Generate'}
          </button>
        </div>
      </form>
    </div>
  );
}
