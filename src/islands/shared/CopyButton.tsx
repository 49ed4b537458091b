// A button that copies a text and reports whether the browser allowed it.
import { copyText } from './clipboard.ts';

export function CopyButton({ text, label, onDone }: { text: string; label: string; onDone: (ok: boolean) => void }) {
  return (
    <button type="button" onClick={() => void copyText(text).then(onDone)}>
      {label}
    </button>
  );
}
