import { useEffect, useId, useRef, useState } from 'react';

interface Props {
  /** The button that starts it, e.g. "Clear my list". */
  label: string;
  /** What will be lost, and that it cannot be undone. */
  question: string;
  yes: string;
  no: string;
  onConfirm: () => void;
}

/**
 * A destructive button that asks first, inline (no pop-up): the question and Yes / Cancel take its
 * place, with focus on Yes; either answer puts focus back on the button (if it is still there).
 */
export function ConfirmAction({ label, question, yes, no, onConfirm }: Props) {
  const [asking, setAsking] = useState(false);
  const id = useId();
  const yesRef = useRef<HTMLButtonElement>(null);
  const startRef = useRef<HTMLButtonElement>(null);
  const moved = useRef(false);
  useEffect(() => {
    // Only after the reader pressed a button here, never on the first render.
    if (!moved.current) return;
    (asking ? yesRef : startRef).current?.focus();
  }, [asking]);
  const ask = (value: boolean) => {
    moved.current = true;
    setAsking(value);
  };

  if (!asking) {
    return (
      <button type="button" ref={startRef} className="button button--secondary" onClick={() => ask(true)}>
        {label}
      </button>
    );
  }
  return (
    <div role="group" aria-labelledby={id}>
      <p id={id}>{question}</p>
      <p className="button-row">
        <button
          type="button"
          ref={yesRef}
          className="button button--danger"
          onClick={() => {
            ask(false);
            onConfirm();
          }}
        >
          {yes}
        </button>
        <button type="button" className="button button--secondary" onClick={() => ask(false)}>
          {no}
        </button>
      </p>
    </div>
  );
}
