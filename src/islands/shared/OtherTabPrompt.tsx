// The question every tool asks when another tab changed the same saved work while this tab had
// unsaved edits: merge the two, or keep a copy. Neither answer loses anything; the tool says how.
import { useId, useLayoutEffect, useRef } from 'react';
import type { ConflictChoice } from './storage.ts';

interface OtherTabPromptProps {
  heading: string;
  text: string;
  mergeLabel: string;
  copyLabel: string;
  onAnswer: (choice: ConflictChoice) => void;
  className?: string;
}

export function OtherTabPrompt({ heading, text, mergeLabel, copyLabel, onAnswer, className }: OtherTabPromptProps) {
  const headingId = useId();
  const first = useRef<HTMLButtonElement>(null);
  // The question appears unasked-for: focus moves to it so keyboard and screen-reader users meet it.
  // A layout effect: Preact runs plain effects after the next paint, and keys pressed before then
  // would still go to the old focus.
  useLayoutEffect(() => {
    first.current?.focus();
  }, []);
  return (
    <section className={className} aria-labelledby={headingId}>
      <h2 id={headingId}>{heading}</h2>
      <p>{text}</p>
      <div className="row-buttons">
        <button type="button" ref={first} onClick={() => onAnswer('merge')}>
          {mergeLabel}
        </button>
        <button type="button" onClick={() => onAnswer('copy')}>
          {copyLabel}
        </button>
      </div>
    </section>
  );
}
