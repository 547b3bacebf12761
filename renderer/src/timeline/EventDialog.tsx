/** Add or edit a scheduled event: the form of its kind (EventForms.tsx), checked on save by the core's `checkEvent`. */
import { useState, type Dispatch, type SetStateAction } from 'react';
import { checkEvent, type Scenario, type ScenarioEvent } from '../../../shared';
import { Modal } from '../panels/Modal';
import { AcquisitionForm, DepartureForm, DownsizingForm, FundingForm, GrowthForm, ReorgForm, type EventFormProps } from './EventForms';
import { EVENT_LABEL, type EventKind, type EventOf } from './eventText';

const isKind = <K extends EventKind>(event: ScenarioEvent, kind: K): event is EventOf<K> => event.kind === kind;

/** An update of a draft of one kind, applied to the dialog's latest draft (which keeps its kind while open). */
function updaterOf<K extends EventKind>(kind: K, setDraft: Dispatch<SetStateAction<ScenarioEvent>>): EventFormProps<K>['update'] {
  return (change) => setDraft((draft) => (isKind(draft, kind) ? change(draft) : draft));
}

export function EventDialog({
  scenario,
  event,
  index,
  onCancel,
  onSave,
}: {
  scenario: Scenario;
  event: ScenarioEvent;
  index: number;
  onCancel: () => void;
  onSave: (e: ScenarioEvent) => void;
}) {
  const [draft, setDraft] = useState<ScenarioEvent>(event);
  const [problems, setProblems] = useState<readonly string[]>([]);
  const submit = () => {
    const found = checkEvent(scenario, index, draft);
    if (found.length > 0) return setProblems(found.map((p) => p.message));
    onSave(draft);
  };
  const common = { org: scenario.org, months: scenario.simulation.months, onProblem: (message: string) => setProblems([message]) };
  return (
    <Modal title={EVENT_LABEL[draft.kind]} submitLabel="Save" onCancel={onCancel} onSubmit={submit} error={problems.length > 0 ? problems.join(' ') : null}>
      {draft.kind === 'growth' && <GrowthForm event={draft} update={updaterOf('growth', setDraft)} {...common} />}
      {draft.kind === 'funding' && <FundingForm event={draft} update={updaterOf('funding', setDraft)} {...common} />}
      {draft.kind === 'acquisition' && <AcquisitionForm event={draft} update={updaterOf('acquisition', setDraft)} {...common} />}
      {draft.kind === 'downsizing' && <DownsizingForm event={draft} update={updaterOf('downsizing', setDraft)} {...common} />}
      {draft.kind === 'departure' && <DepartureForm event={draft} update={updaterOf('departure', setDraft)} {...common} />}
      {draft.kind === 'reorg' && <ReorgForm event={draft} update={updaterOf('reorg', setDraft)} {...common} />}
    </Modal>
  );
}
