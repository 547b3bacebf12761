/** A question with a few answers (Save / Don't Save / Cancel). Enter picks the first, Escape the last. */
import { useEffect, useRef } from 'react';
import { useStore } from '../store/store';

export function ChoiceDialog() {
  const choice = useStore((s) => s.choice);
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!choice) return;
    first.current?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        e.stopPropagation();
        choice.answer(choice.buttons.length - 1);
      }
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [choice]);
  if (!choice) return null;
  return (
    <div className="modal-backdrop">
      <div className="modal modal--small" role="alertdialog" aria-modal="true" aria-labelledby="choice-title" aria-describedby="choice-message">
        <h2 id="choice-title">{choice.title}</h2>
        <p id="choice-message">{choice.message}</p>
        <div className="modal__actions">
          {choice.buttons.map((label, i) => (
            <button
              key={label}
              ref={i === 0 ? first : undefined}
              type="button"
              className={i === 0 ? 'button button--primary' : 'button'}
              onClick={() => choice.answer(i)}
            >
              {label}
            </button>
          ))}
        </div>
      </div>
    </div>
  );
}
