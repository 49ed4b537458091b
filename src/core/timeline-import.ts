// Turns a block of pasted chat lines into timeline entries, so a scribe can paste the incident channel
// instead of retyping it. Shared by the post-mortem tool (browser) and any CLI. Understands:
//   14:02 Alice: restarted the pool          (also 14:02:33, 2:02 PM, [14:02], 2026-01-02 14:02)
//   [2:02 PM] Alice: restarted the pool
//   Alice  2:02 PM                            (Slack's copied format: author and time, then the message
//   restarted the pool                         on the following lines; a bare "2:03 PM" line starts
//                                              another message by the same author; a line such as
//                                              "rolled back at 2:05 PM" is message text, not a name)
// Lines that fit none of these are returned with their line number and a reason, never dropped silently.
// Slack's noise is left out: "(edited)" marks, reaction counts (":+1: 3"), "3 replies" / "View thread"
// lines, and the APP/BOT badge after an integration's name (it is not a responder's name). A message
// that starts with a kind word (`Action:`, `Status:`, `Milestone:`, `Note:`, `Decision:`, or the Thai
// `การดำเนินการ:`, `สถานะ:`, `บันทึก:`, `ตัดสินใจ:`) gets that kind.
import type { TimelineEntry, Timestamp } from './schema.ts';
import { addDays, wallTimeToTimestamp } from './time/index.ts';

export type UnreadReason = 'unrecognised' | 'bad-time' | 'no-message';

export interface UnreadLine {
  /** 1-based line number in the pasted text. */
  line: number;
  text: string;
  reason: UnreadReason;
}

export interface ChatImportOptions {
  /** Calendar date (`YYYY-MM-DD`) of lines that carry no date of their own. */
  date: string;
  /** IANA zone the chat times were shown in, e.g. `Asia/Bangkok`. */
  timeZone: string;
  /** Kind given to every entry; `note` unless told. */
  kind?: TimelineEntry['kind'];
}

export interface ChatImportResult {
  /** In the order they were read (the caller merges them into a sorted timeline). */
  entries: TimelineEntry[];
  unread: UnreadLine[];
}

// A clock time: 14:02, 14:02:33, 2:02 PM, 2:02pm, 2:02 p.m.
const TIME = String.raw`(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([AaPp])\.?[Mm]\.?)?`;
const DATE = String.raw`(?:(\d{4}-\d{2}-\d{2})[ T])?`;
const INLINE_RE = new RegExp(String.raw`^${DATE}\[?${TIME}\]?\s+([^:\s][^:]{0,79}?)\s*:\s*(.*)$`);
const SLACK_HEADER_RE = new RegExp(String.raw`^(\S.{0,79}?)\s+\[?${TIME}\]?$`);
const BARE_TIME_RE = new RegExp(String.raw`^${DATE}\[?${TIME}\]?$`);

type Clock = { h: number; m: number; s: number } | null;

// Slack's lines that are not part of any message: reactions, thread summaries, a lone "(edited)".
const NOISE_RES = [
  /^(?::[\w+'-]+:\s*\d+\s*)+$/,
  /^\d+\s+repl(?:y|ies)\b.*$/i,
  /^(?:last reply|view thread)\b.*$/i,
  /^\(edited\)$/i,
];
const EDITED_RE = /\s*\(edited\)$/i;
// An integration's name carries Slack's badge: "incident.io APP", "PagerDuty BOT".
const BADGE_RE = /\s+(?:APP|BOT)$/;
// The kind a leading word gives, in either language. A decision keeps its word in the text: the
// templates print the text, not the kind, and the document should still say it was a decision.
const KIND_WORDS: Record<string, { kind: TimelineEntry['kind']; keepWord: boolean }> = {
  action: { kind: 'action', keepWord: false },
  status: { kind: 'status', keepWord: false },
  milestone: { kind: 'milestone', keepWord: false },
  note: { kind: 'note', keepWord: false },
  decision: { kind: 'decision', keepWord: true },
  การดำเนินการ: { kind: 'action', keepWord: false },
  สถานะ: { kind: 'status', keepWord: false },
  บันทึก: { kind: 'note', keepWord: false },
  ตัดสินใจ: { kind: 'decision', keepWord: true },
  การตัดสินใจ: { kind: 'decision', keepWord: true },
};
// Letters and combining marks: Thai vowel and tone marks are marks, not letters.
const KIND_WORD_RE = /^([\p{L}\p{M}]+)\s*:\s*(.+)$/su;

function withKindWord(entry: TimelineEntry): TimelineEntry {
  const m = KIND_WORD_RE.exec(entry.text);
  const word = m ? KIND_WORDS[m[1]!.toLowerCase()] : undefined;
  return word ? { ...entry, kind: word.kind, text: word.keepWord ? entry.text : m![2]!.trim() } : entry;
}

const author = (name: string) => name.trim().replace(BADGE_RE, '');

// A Slack header is a name and a time. A message that ends in a time ("deploy finished at 2:05 PM")
// has the same shape; what gives it away is a word that leads into the time, or more words than a name.
const LEADS_INTO_TIME = new Set([
  'at',
  'by',
  'around',
  'about',
  'until',
  'till',
  'since',
  'before',
  'after',
  'from',
  'to',
  '@',
  '~',
  'เวลา',
  'ตอน',
  'ประมาณ',
  'ถึง',
  'ก่อน',
  'หลัง',
  'จนถึง',
  'ตั้งแต่',
]);
const MAX_NAME_WORDS = 4;

function readsAsMessage(beforeTime: string): boolean {
  const words = beforeTime.trim().split(/\s+/);
  return words.length > MAX_NAME_WORDS || LEADS_INTO_TIME.has(words[words.length - 1]!.toLowerCase());
}

function clockOf(hour: string, minute: string, second: string | undefined, meridiem: string | undefined): Clock {
  let h = Number(hour);
  const m = Number(minute);
  const s = Number(second ?? 0);
  if (m > 59 || s > 59) return null;
  if (meridiem) {
    if (h < 1 || h > 12) return null;
    const pm = meridiem.toLowerCase() === 'p';
    h = (h % 12) + (pm ? 12 : 0);
  } else if (h > 23) {
    return null;
  }
  return { h, m, s };
}

const pad = (n: number) => String(n).padStart(2, '0');

export function parseChatLines(text: string, options: ChatImportOptions): ChatImportResult {
  const kind = options.kind ?? 'note';
  const entries: TimelineEntry[] = [];
  const unread: UnreadLine[] = [];
  let date = options.date;
  let lastSeconds: number | null = null;
  // A Slack header waits for its message lines; it becomes an entry once it has text.
  let open: { entry: TimelineEntry; line: number; text: string } | null = null;
  let lastAuthor: string | null = null;

  const closeOpen = () => {
    if (open && open.entry.text === '') unread.push({ line: open.line, text: open.text, reason: 'no-message' });
    open = null;
  };

  // Chat times carry no date: a time far earlier than the previous one means the chat passed midnight.
  const stamp = (explicitDate: string | undefined, clock: NonNullable<Clock>): Timestamp | null => {
    const seconds = clock.h * 3600 + clock.m * 60 + clock.s;
    if (explicitDate) date = explicitDate;
    else if (lastSeconds !== null && lastSeconds - seconds > 12 * 3600) date = addDays(date, 1);
    lastSeconds = seconds;
    return wallTimeToTimestamp(`${date}T${pad(clock.h)}:${pad(clock.m)}:${pad(clock.s)}`, options.timeZone);
  };

  const lines = text.split(/\r\n|\r|\n/);
  lines.forEach((raw, index) => {
    const line = raw.trim().replace(EDITED_RE, '');
    const number = index + 1;
    if (line === '' || NOISE_RES.some((re) => re.test(raw.trim()))) return;

    const inline = INLINE_RE.exec(line);
    if (inline) {
      closeOpen();
      const [, explicitDate, hour, minute, second, meridiem, name, message] = inline;
      const clock = clockOf(hour!, minute!, second, meridiem);
      const time = clock && stamp(explicitDate, clock);
      if (!time) return void unread.push({ line: number, text: raw, reason: 'bad-time' });
      if (!message!.trim()) return void unread.push({ line: number, text: raw, reason: 'no-message' });
      lastAuthor = author(name!);
      entries.push({ time, author: lastAuthor, text: message!.trim(), kind });
      return;
    }

    const bare = BARE_TIME_RE.exec(line);
    const headerShaped = bare ? null : SLACK_HEADER_RE.exec(line);
    const header = headerShaped && !readsAsMessage(headerShaped[1]!) ? headerShaped : null;
    if (bare || header) {
      const [explicitDate, hour, minute, second, meridiem] = bare ? bare.slice(1) : [undefined, ...header!.slice(2)];
      const who = bare ? lastAuthor : author(header![1]!);
      if (who === null) return void unread.push({ line: number, text: raw, reason: 'unrecognised' });
      const clock = clockOf(hour!, minute!, second, meridiem);
      const time = clock && stamp(explicitDate, clock);
      if (!time) return void unread.push({ line: number, text: raw, reason: 'bad-time' });
      closeOpen();
      lastAuthor = who;
      const entry: TimelineEntry = { time, author: who, text: '', kind };
      entries.push(entry);
      open = { entry, line: number, text: raw };
      return;
    }

    if (open) {
      const current: { entry: TimelineEntry } = open;
      current.entry.text = current.entry.text ? `${current.entry.text} ${line}` : line;
      return;
    }
    unread.push({ line: number, text: raw, reason: 'unrecognised' });
  });
  closeOpen();

  return { entries: entries.filter((e) => e.text !== '').map(withKindWord), unread: unread.sort((a, b) => a.line - b.line) };
}
