// Small labelled form controls. Every control has a visible <label>; hints and warnings are tied to
// it with aria-describedby so a screen reader reads them with the field.
import { useId, type ReactNode } from 'react';
import './fields.css';

interface BaseProps {
  label: ReactNode;
  /** A fixed id for the control, when a page or a test needs one; otherwise one is generated. */
  id?: string;
  hint?: string;
  /** Shown under the field and announced with it; marks the field invalid. */
  warning?: ReactNode;
  className?: string;
}

function Described({ id, hint, warning }: { id: string; hint?: string; warning?: ReactNode }) {
  return (
    <>
      {hint && (
        <span className="field-hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      {warning && (
        <span className="field-warning" id={`${id}-warning`}>
          {warning}
        </span>
      )}
    </>
  );
}

function describedBy(id: string, hint?: string, warning?: ReactNode): string | undefined {
  const ids = [hint ? `${id}-hint` : '', warning ? `${id}-warning` : ''].filter(Boolean).join(' ');
  return ids || undefined;
}

export function TextField({
  bindInput,
  ...props
}: BaseProps & {
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'date' | 'datetime-local';
  name?: string;
  readOnly?: boolean;
  bindInput?: (el: HTMLInputElement | null) => void;
}) {
  const generated = useId();
  const id = props.id ?? generated;
  return (
    <div className={`field ${props.className ?? ''}`}>
      <label htmlFor={id}>{props.label}</label>
      <input
        id={id}
        ref={bindInput}
        name={props.name}
        type={props.type ?? 'text'}
        value={props.value}
        readOnly={props.readOnly}
        aria-describedby={describedBy(id, props.hint, props.warning)}
        aria-invalid={props.warning ? true : undefined}
        onChange={(e) => props.onChange(e.currentTarget.value)}
      />
      <Described id={id} hint={props.hint} warning={props.warning} />
    </div>
  );
}

export function TextArea(
  props: BaseProps & { value: string; onChange: (value: string) => void; rows?: number; name?: string; spellcheck?: boolean },
) {
  const generated = useId();
  const id = props.id ?? generated;
  return (
    <div className={`field ${props.className ?? ''}`}>
      <label htmlFor={id}>{props.label}</label>
      <textarea
        id={id}
        name={props.name}
        rows={props.rows ?? 3}
        value={props.value}
        spellcheck={props.spellcheck}
        aria-describedby={describedBy(id, props.hint, props.warning)}
        onChange={(e) => props.onChange(e.currentTarget.value)}
      />
      <Described id={id} hint={props.hint} warning={props.warning} />
    </div>
  );
}

export function Select<T extends string>(
  props: BaseProps & {
    value: T;
    options: readonly { value: T; label: string }[];
    onChange: (value: T) => void;
    name?: string;
    /** Called before the list can open (pointer down or focus), for a select that fills its options late. */
    onOpen?: () => void;
  },
) {
  const generated = useId();
  const id = props.id ?? generated;
  return (
    <div className={`field ${props.className ?? ''}`}>
      <label htmlFor={id}>{props.label}</label>
      <select
        id={id}
        name={props.name}
        value={props.value}
        aria-describedby={describedBy(id, props.hint, props.warning)}
        onChange={(e) => props.onChange(e.currentTarget.value as T)}
        onPointerDown={props.onOpen}
        onFocus={props.onOpen}
      >
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <Described id={id} hint={props.hint} warning={props.warning} />
    </div>
  );
}
