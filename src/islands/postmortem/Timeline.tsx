// The timeline editor: entries in time order (the reducer sorts through the core), each editable in
// place; an add form; and a paste box that turns chat lines into entries through the core's parser.
import { memo, useEffect, useRef, useState, type Dispatch } from 'react';
import { parseChatLines, type UnreadLine } from '../../core/timeline-import.ts';
import { TIMELINE_KINDS } from '../../core/constants.ts';
import type { TimelineEntry } from '../../core/schema.ts';
import { inZone, timestampToWallTime, wallTimeToTimestamp } from '../../core/time/index.ts';
import { offsetOf } from '../../core/time/index.ts';
import { Select, TextArea, TextField } from '../shared/fields.tsx';
import type { Action } from './state.ts';
import { format, type Strings } from './strings.ts';

type Announce = (message: string, urgent?: boolean) => void;

interface EntryFormProps {
  s: Strings;
  timeZone: string;
  initial: TimelineEntry | null;
  submitLabel: string;
  onSubmit: (entry: TimelineEntry) => void;
  onCancel?: () => void;
  announce: Announce;
}

function EntryForm({ s, timeZone, initial, submitLabel, onSubmit, onCancel, announce }: EntryFormProps) {
  const [wall, setWall] = useState(initial ? timestampToWallTime(initial.time, timeZone) : '');
  const [author, setAuthor] = useState(initial?.author ?? '');
  const [text, setText] = useState(initial?.text ?? '');
  const [kind, setKind] = useState<TimelineEntry['kind']>(initial?.kind ?? 'note');
  const [error, setError] = useState('');
  const form = useRef<HTMLDivElement>(null);
  // Opening an entry for editing puts the keyboard in its first field.
  useEffect(() => {
    if (initial) form.current?.querySelector('input')?.focus();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const submit = () => {
    const time = wallTimeToTimestamp(wall, timeZone);
    const problem = !time ? s.entryNeedsTime : text.trim() === '' ? s.entryNeedsText : '';
    setError(problem);
    if (problem) return announce(problem, true);
    onSubmit({ time: time!, author: author.trim(), text, kind });
    if (!initial) {
      setText('');
      setError('');
    }
  };
  return (
    <div
      ref={form}
      className="pm-entry-form"
      onKeyDown={(e) => {
        if (e.key === 'Enter' && (e.target as HTMLElement).tagName === 'INPUT') {
          e.preventDefault();
          submit();
        }
      }}
    >
      <TextField label={`${s.time} (${timeZone})`} type="datetime-local" value={wall} onChange={setWall} warning={error === s.entryNeedsTime ? error : undefined} />
      <TextField label={s.author} value={author} onChange={setAuthor} />
      <TextField label={s.text} value={text} onChange={setText} className="field-grow" warning={error === s.entryNeedsText ? error : undefined} />
      <Select label={s.kind} value={kind} options={TIMELINE_KINDS.map((k) => ({ value: k, label: s.kindNames[k] }))} onChange={setKind} />
      <div className="row-buttons">
        <button type="button" onClick={submit}>
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            {s.cancel}
          </button>
        )}
      </div>
    </div>
  );
}

/** After a row disappears or moves, the focus goes to its list's heading instead of being lost. */
export function focusHeading(id: string): void {
  document.getElementById(id)?.focus();
}

/** `2026-01-02 14:02 (UTC+07:00)`: the instant as a clock in the chosen zone shows it, with that zone's offset. */
function shownTime(time: string, timeZone: string): string {
  const local = inZone(time, timeZone);
  const offset = offsetOf(local);
  return `${local.slice(0, 10)} ${local.slice(11, 16)} (UTC${offset === 'Z' ? '' : offset})`;
}

interface RowProps {
  s: Strings;
  entry: TimelineEntry;
  index: number;
  timeZone: string;
  dispatch: Dispatch<Action>;
  announce: Announce;
}

const TimelineRow = memo(function TimelineRow({ s, entry, index, timeZone, dispatch, announce }: RowProps) {
  const [editing, setEditing] = useState(false);
  const when = shownTime(entry.time, timeZone);
  if (editing) {
    return (
      <li className="pm-entry editing">
        <EntryForm
          s={s}
          timeZone={timeZone}
          initial={entry}
          submitLabel={s.save}
          announce={announce}
          onCancel={() => setEditing(false)}
          onSubmit={(next) => {
            dispatch({ type: 'timeline/update', index, entry: next });
            setEditing(false);
            // The entry may move to keep time order; the list's heading is a stable place for the focus.
            focusHeading('pm-timeline-heading');
          }}
        />
      </li>
    );
  }
  return (
    <li className="pm-entry">
      <span className="pm-entry-time">{when}</span> <span className="pm-entry-kind">{s.kindNames[entry.kind]}</span>{' '}
      <span className="pm-entry-author">{entry.author}</span>
      <span className="pm-entry-text">{entry.text}</span>
      <span className="row-buttons">
        <button type="button" aria-label={`${s.edit}: ${when} ${entry.author}`} onClick={() => setEditing(true)}>
          {s.edit}
        </button>
        <button
          type="button"
          aria-label={`${s.delete}: ${when} ${entry.author}`}
          onClick={() => {
            dispatch({ type: 'timeline/delete', index });
            announce(s.entryDeleted);
            focusHeading('pm-timeline-heading');
          }}
        >
          {s.delete}
        </button>
      </span>
    </li>
  );
});

interface ChatPasteProps {
  s: Strings;
  timeZone: string;
  defaultDate: string;
  dispatch: Dispatch<Action>;
  announce: Announce;
}

function ChatPaste({ s, timeZone, defaultDate, dispatch, announce }: ChatPasteProps) {
  const [text, setText] = useState('');
  const [date, setDate] = useState('');
  const [unread, setUnread] = useState<UnreadLine[]>([]);
  const [added, setAdded] = useState<number | null>(null);
  const chatDate = date || defaultDate;
  const run = () => {
    const result = parseChatLines(text, { date: chatDate, timeZone });
    if (result.entries.length) dispatch({ type: 'timeline/add', entries: result.entries });
    setUnread(result.unread);
    setAdded(result.entries.length);
    const summary = [format(s.chatImported, { count: result.entries.length }), result.unread.length ? format(s.chatUnread, { count: result.unread.length }) : '']
      .filter(Boolean)
      .join(' ');
    announce(summary, result.unread.length > 0);
    // Keep only the lines that were not read, so they can be fixed and pasted again.
    setText(result.unread.map((u) => u.text).join('\n'));
  };
  return (
    <details className="pm-chat">
      <summary>{s.pasteChat}</summary>
      <TextArea label={s.chatLines} hint={s.pasteChatHint} value={text} onChange={setText} rows={6} />
      <TextField label={s.chatDate} type="date" value={chatDate} onChange={setDate} />
      <button type="button" onClick={run} disabled={text.trim() === ''}>
        {s.importChat}
      </button>
      {added !== null && <p>{format(s.chatImported, { count: added })}</p>}
      {unread.length > 0 && (
        <div className="pm-unread">
          <p className="field-warning">{format(s.chatUnread, { count: unread.length })}</p>
          <ul>
            {unread.map((u) => (
              <li key={u.line}>
                {s.line} {u.line}: <code>{u.text}</code> ({s.unreadReasons[u.reason]})
              </li>
            ))}
          </ul>
        </div>
      )}
    </details>
  );
}

interface EditorProps {
  s: Strings;
  timeline: TimelineEntry[];
  timeZone: string;
  defaultDate: string;
  dispatch: Dispatch<Action>;
  announce: Announce;
}

export const TimelineEditor = memo(function TimelineEditor({ s, timeline, timeZone, defaultDate, dispatch, announce }: EditorProps) {
  return (
    <section className="pm-section" aria-labelledby="pm-timeline-heading">
      <h3 id="pm-timeline-heading" tabIndex={-1}>
        {s.timeline}
      </h3>
      {timeline.length === 0 ? (
        <p>{s.noEntries}</p>
      ) : (
        <ol className="pm-entries">
          {timeline.map((entry, index) => (
            // Entries have no id of their own; time+author+text keeps React's row state with its entry.
            <TimelineRow key={`${entry.time}|${entry.author}|${entry.text}|${index}`} s={s} entry={entry} index={index} timeZone={timeZone} dispatch={dispatch} announce={announce} />
          ))}
        </ol>
      )}
      <fieldset className="pm-add-entry">
        <legend>{s.addEntry}</legend>
        <EntryForm
          s={s}
          timeZone={timeZone}
          initial={null}
          submitLabel={s.addEntry}
          announce={announce}
          onSubmit={(entry) => {
            dispatch({ type: 'timeline/add', entries: [entry] });
            announce(s.entryAdded);
          }}
        />
      </fieldset>
      <ChatPaste s={s} timeZone={timeZone} defaultDate={defaultDate} dispatch={dispatch} announce={announce} />
    </section>
  );
});
