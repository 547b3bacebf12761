/** A small modal dialog: a title, a form, OK/Cancel. Escape cancels, Enter submits. */
import { useEffect, useRef, type FormEvent, type ReactNode } from 'react';

export function Modal({
  title,
  children,
  onCancel,
  onSubmit,
  submitLabel = 'OK',
  error,
  small = false,
}: {
  title: string;
  children: ReactNode;
  onCancel: () => void;
  onSubmit: () => void;
  submitLabel?: string;
  error?: string | null;
  small?: boolean;
}) {
  const ref = useRef<HTMLFormElement>(null);
  useEffect(() => {
    ref.current?.querySelector<HTMLElement>('input, select, textarea, button')?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        e.stopPropagation();
        onCancel();
      }
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [onCancel]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit();
  };
  return (
    <div className="modal-backdrop">
      <form ref={ref} className={small ? 'modal modal--small' : 'modal'} role="dialog" aria-modal="true" aria-label={title} onSubmit={submit} noValidate>
        <h2>{title}</h2>
        {children}
        {error && (
          <p className="field__error" role="alert">
            {error}
          </p>
        )}
        <div className="modal__actions">
          <button type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
          <button type="submit" className="button button--primary">
            {submitLabel}
          </button>
        </div>
      </form>
    </div>
  );
}
