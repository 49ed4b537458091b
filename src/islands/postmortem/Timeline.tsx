// The timeline editor: entries in time order (the reducer sorts through the core), each editable in
// place or made the time of a milestone ("set milestone from this entry"); an add form; and a paste
// box that turns chat lines into entries through the core's parser.
import { memo, useLayoutEffect, useRef, useState, type Dispatch } from 'react';
import type { UnreadLine } from '../../core/timeline-import.ts';
import { MILESTONES, TIMELINE_KINDS } from '../../core/constants.ts';
import { milestoneLabel } from '../../core/labels.ts';
import type { Lang, Milestone, TimelineEntry } from '../../core/schema.ts';
import { suggestedMilestone } from '../../core/timeline-milestone.ts';
import { formatInstant, timestampToWallTime, toEpochMs, wallTimeToTimestamp } from '../../core/time/index.ts';
import { Select, TextArea, TextField } from '../shared/fields.tsx';
import type { Action } from './state.ts';
import type { Announce } from '../shared/announcer.tsx';
import type { PostmortemKey, PostmortemT } from './i18n.ts';

const KIND_KEYS: Record<TimelineEntry['kind'], PostmortemKey> = {
  milestone: 'postmortem.kindNames.milestone',
  status: 'postmortem.kindNames.status',
  note: 'postmortem.kindNames.note',
  action: 'postmortem.kindNames.action',
  decision: 'postmortem.kindNames.decision',
};

const UNREAD_KEYS: Record<UnreadLine['reason'], PostmortemKey> = {
  unrecognised: 'postmortem.unreadReasons.unrecognised',
  'bad-time': 'postmortem.unreadReasons.bad-time',
  'no-message': 'postmortem.unreadReasons.no-message',
};

interface EntryFormProps {
  t: PostmortemT;
  timeZone: string;
  initial: TimelineEntry | null;
  submitLabel: string;
  onSubmit: (entry: TimelineEntry) => void;
  onCancel?: () => void;
  announce: Announce;
}

function EntryForm({ t, timeZone, initial, submitLabel, onSubmit, onCancel, announce }: EntryFormProps) {
  const [wall, setWall] = useState(initial ? timestampToWallTime(initial.time, timeZone) : '');
  const [author, setAuthor] = useState(initial?.author ?? '');
  const [text, setText] = useState(initial?.text ?? '');
  const [kind, setKind] = useState<TimelineEntry['kind']>(initial?.kind ?? 'note');
  const [error, setError] = useState('');
  const form = useRef<HTMLFormElement>(null);
  // Opening an entry for editing puts the keyboard in its first field (a layout effect: before the
  // next key, see ActionItems).
  useLayoutEffect(() => {
    if (initial) form.current?.querySelector('input')?.focus();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const submit = () => {
    const time = wallTimeToTimestamp(wall, timeZone);
    const problem = !time ? t('postmortem.entryNeedsTime') : text.trim() === '' ? t('postmortem.entryNeedsText') : '';
    setError(problem);
    if (problem) return announce(problem, true);
    onSubmit({ time: time!, author: author.trim(), text, kind });
    if (!initial) {
      setText('');
      setError('');
    }
  };
  return (
    <form
      ref={form}
      className="pm-entry-form"
      onSubmit={(e) => {
        // Enter in a field adds the entry, as the button does; nothing is sent anywhere.
        e.preventDefault();
        submit();
      }}
    >
      <TextField
        label={`${t('postmortem.time')} (${timeZone})`}
        type="datetime-local"
        value={wall}
        onChange={setWall}
        warning={error === t('postmortem.entryNeedsTime') ? error : undefined}
      />
      <TextField label={t('postmortem.author')} value={author} onChange={setAuthor} />
      <TextField
        label={t('postmortem.text')}
        value={text}
        onChange={setText}
        className="field-grow"
        warning={error === t('postmortem.entryNeedsText') ? error : undefined}
      />
      <Select
        label={t('postmortem.kind')}
        value={kind}
        options={TIMELINE_KINDS.map((k) => ({ value: k, label: t(KIND_KEYS[k]) }))}
        onChange={setKind}
      />
      <div className="row-buttons">
        <button type="submit">{submitLabel}</button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            {t('postmortem.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}

/** After a row disappears or moves, the focus goes to its list's heading instead of being lost. */
export function focusHeading(id: string): void {
  document.getElementById(id)?.focus();
}

/** The instant in the one human format, as a clock in the chosen zone shows it. */
function shownTime(time: string, timeZone: string): string {
  return formatInstant(toEpochMs(time), timeZone);
}

interface SetMilestoneProps {
  t: PostmortemT;
  lang: Lang;
  entry: TimelineEntry;
  when: string;
  dispatch: Dispatch<Action>;
  announce: Announce;
}

/** Makes the entry's time a milestone's time, the milestone the entry names offered first. */
function SetMilestone({ t, lang, entry, when, dispatch, announce }: SetMilestoneProps) {
  const [milestone, setMilestone] = useState<Milestone>(() => suggestedMilestone(entry) ?? 'detected');
  const set = () => {
    dispatch({ type: 'milestone', milestone, value: entry.time });
    announce(t('postmortem.milestoneSet', { milestone: milestoneLabel(milestone, lang), time: when }));
  };
  return (
    <details className="pm-set-milestone">
      <summary>{t('postmortem.setMilestoneFromEntry')}</summary>
      <Select
        label={t('postmortem.milestone')}
        value={milestone}
        options={MILESTONES.map((m) => ({ value: m, label: milestoneLabel(m, lang) }))}
        onChange={setMilestone}
      />
      <button type="button" onClick={set}>
        {t('postmortem.setMilestone', { time: when })}
      </button>
    </details>
  );
}

interface RowProps {
  t: PostmortemT;
  lang: Lang;
  entry: TimelineEntry;
  index: number;
  timeZone: string;
  dispatch: Dispatch<Action>;
  announce: Announce;
}

const TimelineRow = memo(function TimelineRow({ t, lang, entry, index, timeZone, dispatch, announce }: RowProps) {
  const [editing, setEditing] = useState(false);
  const when = shownTime(entry.time, timeZone);
  if (editing) {
    return (
      <li className="pm-entry editing">
        <EntryForm
          t={t}
          timeZone={timeZone}
          initial={entry}
          submitLabel={t('postmortem.save')}
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
      <span className="pm-entry-time">{when}</span> <span className="pm-entry-kind">{t(KIND_KEYS[entry.kind])}</span>{' '}
      <span className="pm-entry-author">{entry.author}</span>
      <span className="pm-entry-text">{entry.text}</span>
      <span className="row-buttons">
        <button type="button" aria-label={`${t('postmortem.edit')}: ${when} ${entry.author}`} onClick={() => setEditing(true)}>
          {t('postmortem.edit')}
        </button>
        <button
          type="button"
          aria-label={`${t('postmortem.delete')}: ${when} ${entry.author}`}
          onClick={() => {
            dispatch({ type: 'timeline/delete', index });
            announce(t('postmortem.entryDeleted'));
            focusHeading('pm-timeline-heading');
          }}
        >
          {t('postmortem.delete')}
        </button>
      </span>
      <SetMilestone t={t} lang={lang} entry={entry} when={when} dispatch={dispatch} announce={announce} />
    </li>
  );
});

interface ChatPasteProps {
  t: PostmortemT;
  timeZone: string;
  defaultDate: string;
  dispatch: Dispatch<Action>;
  announce: Announce;
}

function ChatPaste({ t, timeZone, defaultDate, dispatch, announce }: ChatPasteProps) {
  const [text, setText] = useState('');
  const [date, setDate] = useState('');
  const [unread, setUnread] = useState<UnreadLine[]>([]);
  const [added, setAdded] = useState<number | null>(null);
  const chatDate = date || defaultDate;
  const run = async () => {
    // The chat reader is fetched on first use: most drafts never paste a chat.
    const { parseChatLines } = await import('../../core/timeline-import.ts');
    const result = parseChatLines(text, { date: chatDate, timeZone });
    if (result.entries.length) dispatch({ type: 'timeline/add', entries: result.entries });
    setUnread(result.unread);
    setAdded(result.entries.length);
    const summary = [
      t('postmortem.chatImported', { count: result.entries.length }),
      result.unread.length ? t('postmortem.chatUnread', { count: result.unread.length }) : '',
    ]
      .filter(Boolean)
      .join(' ');
    announce(summary, result.unread.length > 0);
    // Keep only the lines that were not read, so they can be fixed and pasted again.
    setText(result.unread.map((u) => u.text).join('\n'));
  };
  return (
    <details className="pm-chat">
      <summary>{t('postmortem.pasteChat')}</summary>
      <TextArea label={t('postmortem.chatLines')} hint={t('postmortem.pasteChatHint')} value={text} onChange={setText} rows={6} />
      <TextField label={t('postmortem.chatDate')} type="date" value={chatDate} onChange={setDate} />
      <button type="button" onClick={() => void run()} disabled={text.trim() === ''}>
        {t('postmortem.importChat')}
      </button>
      {added !== null && <p>{t('postmortem.chatImported', { count: added })}</p>}
      {unread.length > 0 && (
        <div className="pm-unread">
          <p className="field-warning">{t('postmortem.chatUnread', { count: unread.length })}</p>
          <ul>
            {unread.map((u) => (
              <li key={u.line}>
                {t('postmortem.line')} {u.line}: <code>{u.text}</code> ({t(UNREAD_KEYS[u.reason])})
              </li>
            ))}
          </ul>
        </div>
      )}
    </details>
  );
}

interface EditorProps {
  t: PostmortemT;
  lang: Lang;
  timeline: TimelineEntry[];
  timeZone: string;
  defaultDate: string;
  dispatch: Dispatch<Action>;
  announce: Announce;
}

export const TimelineEditor = memo(function TimelineEditor({
  t,
  lang,
  timeline,
  timeZone,
  defaultDate,
  dispatch,
  announce,
}: EditorProps) {
  return (
    <section className="pm-section" aria-labelledby="pm-timeline-heading">
      <h3 id="pm-timeline-heading" tabIndex={-1}>
        {t('postmortem.timeline')}
      </h3>
      {timeline.length === 0 ? (
        <p>{t('postmortem.noEntries')}</p>
      ) : (
        <ol className="pm-entries">
          {timeline.map((entry, index) => (
            // Entries have no id of their own; time+author+text keeps each row's component state with its entry.
            <TimelineRow
              key={`${entry.time}|${entry.author}|${entry.text}|${index}`}
              t={t}
              lang={lang}
              entry={entry}
              index={index}
              timeZone={timeZone}
              dispatch={dispatch}
              announce={announce}
            />
          ))}
        </ol>
      )}
      <fieldset className="pm-add-entry">
        <legend>{t('postmortem.addEntry')}</legend>
        <EntryForm
          t={t}
          timeZone={timeZone}
          initial={null}
          submitLabel={t('postmortem.addEntry')}
          announce={announce}
          onSubmit={(entry) => {
            dispatch({ type: 'timeline/add', entries: [entry] });
            announce(t('postmortem.entryAdded'));
          }}
        />
      </fieldset>
      <ChatPaste t={t} timeZone={timeZone} defaultDate={defaultDate} dispatch={dispatch} announce={announce} />
    </section>
  );
});
