// The post-mortem tool's state: several named drafts, each an Incident from the core, and the one
// step of undo that "new draft" and "delete draft" offer. A pure reducer, so every edit is testable
// without a browser; ids and clocks are passed in by the caller.
// Defaults and shape checks come from the core's incident defaults (incident-defaults.ts, the object the
// zod schema takes its defaults from), so the page ships no schema library; parseIncident (zod, its
// messages and migrations) is loaded on demand, when a file, a link or an old draft is read.
import { INCIDENT_ID_RE } from '../../core/constants.ts';
import { freshDefault, INCIDENT_DEFAULTS } from '../../core/incident-defaults.ts';
import { incidentTranslate } from '../../core/i18n/incident.ts';
import { milestoneOrderErrors, type FieldError } from '../../core/incident-checks.ts';
import type { ActionItem, Incident, Lang, Milestone, RoleId, SeverityId, Status, TimelineEntry } from '../../core/schema.ts';
import { sortTimeline } from '../../core/timeline-order.ts';

export interface Draft {
  id: string;
  name: string;
  /** IANA zone the milestone and timeline times are typed in (the browser's zone by default). */
  timeZone: string;
  incident: Incident;
}

export interface UndoStep {
  /** What is undone, for the "Undo" message. */
  kind: 'new' | 'delete';
  draftName: string;
  drafts: Draft[];
  activeId: string;
}

export interface DraftsState {
  drafts: Draft[];
  activeId: string;
  undo: UndoStep | null;
}

export type TextField =
  'id' | 'title' | 'summary' | 'impact' | 'rootCause' | 'trigger' | 'detection' | 'resolution' | 'supportingInfo';
export type LessonList = 'wentWell' | 'wentWrong' | 'gotLucky';

export type Action =
  | { type: 'field'; field: TextField; value: string }
  | { type: 'severity'; value: SeverityId }
  | { type: 'status'; value: Status }
  | { type: 'role'; role: RoleId; value: string }
  | { type: 'lessons'; list: LessonList; text: string }
  | { type: 'milestone'; milestone: Milestone; value: string }
  | { type: 'timeZone'; value: string }
  | { type: 'timeline/add'; entries: TimelineEntry[] }
  | { type: 'timeline/update'; index: number; entry: TimelineEntry }
  | { type: 'timeline/delete'; index: number }
  | { type: 'action/add'; item: ActionItem }
  | { type: 'action/update'; index: number; patch: Partial<ActionItem> }
  | { type: 'action/delete'; index: number }
  | { type: 'draft/new'; draft: Draft }
  | { type: 'draft/select'; id: string }
  | { type: 'draft/rename'; name: string }
  | { type: 'draft/delete'; replacement: Draft }
  | { type: 'draft/replace'; incident: Incident }
  | { type: 'undo' }
  | { type: 'load'; state: DraftsState };

/** An empty incident: the schema's defaults for every field, nothing filled in. */
export function blankIncident(): Incident {
  return { ...freshDefault(INCIDENT_DEFAULTS), id: 'INC-0001', title: '', severity: 'SEV3' };
}

const kindOf = (value: unknown): string => (Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value);

/**
 * A stored value as a draft incident this tool wrote at the current schema version, or null when it
 * is something else (an older shape, foreign data), which goes through the core's parseIncident. A
 * draft may be half-typed (an id still being typed), so only its shape is checked: the required text
 * fields, and every defaulted field of the same kind as its default (missing ones get the default).
 * Both lists come from the core's incident defaults, so a new field needs no change here.
 */
export function readDraftIncident(value: unknown): Incident | null {
  if (kindOf(value) !== 'object') return null;
  const stored = value as Record<string, unknown>;
  if (stored['schemaVersion'] !== INCIDENT_DEFAULTS.schemaVersion) return null;
  if (!REQUIRED_TEXT.every((field) => typeof stored[field] === 'string')) return null;
  const draft: Record<string, unknown> = { ...stored };
  for (const [field, fallback] of Object.entries(INCIDENT_DEFAULTS)) {
    if (stored[field] === undefined) draft[field] = freshDefault(fallback);
    else if (kindOf(stored[field]) !== kindOf(fallback)) return null;
  }
  return draft as Incident;
}

/** The fields an incident must have (the schema gives them no default). */
const REQUIRED_TEXT = ['id', 'title', 'severity'] as const;

export function makeDraft(id: string, name: string, timeZone: string, incident: Incident = blankIncident()): Draft {
  return { id, name, timeZone, incident };
}

export function initialState(draft: Draft): DraftsState {
  return { drafts: [draft], activeId: draft.id, undo: null };
}

export function activeDraft(state: DraftsState): Draft {
  return state.drafts.find((d) => d.id === state.activeId) ?? state.drafts[0]!;
}

/** The lesson lists are edited one item per line; this is the text an editor shows for a list. */
export function linesOf(list: readonly string[]): string {
  return list.join('\n');
}

/**
 * The incident as it is exported, rendered and shared: blank lesson lines and action items without a
 * task are left out (they are half-typed edits, not content). Downloads, the preview and the CLI all
 * see this same value, so the browser's Markdown and the CLI's match.
 */
export function incidentForOutput(incident: Incident): Incident {
  const clean = (list: readonly string[]) => list.map((s) => s.trim()).filter((s) => s !== '');
  return {
    ...incident,
    wentWell: clean(incident.wentWell),
    wentWrong: clean(incident.wentWrong),
    gotLucky: clean(incident.gotLucky),
    actionItems: incident.actionItems.filter((item) => item.task.trim() !== ''),
  };
}

// An edit ends the chance to undo "new"/"delete": undoing after it would throw the edit away.
/**
 * What would stop the CLI from accepting the exported JSON. Every other field the editor can produce
 * is valid by construction (selects, converted times, date inputs); only the typed id and the order
 * of the milestones can be wrong. The messages match the core's.
 */
export function draftProblems(incident: Incident, lang: Lang = 'en'): FieldError[] {
  const problems: FieldError[] = [];
  if (!INCIDENT_ID_RE.test(incident.id))
    problems.push({ field: 'id', message: incidentTranslate(lang)('incident.parse.incidentId') });
  return [...problems, ...milestoneOrderErrors(incident, lang)];
}

function updateActive(state: DraftsState, change: (draft: Draft) => Draft): DraftsState {
  return { drafts: state.drafts.map((d) => (d.id === state.activeId ? change(d) : d)), activeId: state.activeId, undo: null };
}

function updateIncident(state: DraftsState, change: (incident: Incident) => Incident): DraftsState {
  return updateActive(state, (draft) => ({ ...draft, incident: change(draft.incident) }));
}

function replaceAt<T>(list: readonly T[], index: number, value: T): T[] {
  return list.map((item, i) => (i === index ? value : item));
}

function removeAt<T>(list: readonly T[], index: number): T[] {
  return list.filter((_, i) => i !== index);
}

export function reducer(state: DraftsState, action: Action): DraftsState {
  switch (action.type) {
    case 'field':
      return updateIncident(state, (inc) => ({ ...inc, [action.field]: action.value }));
    case 'severity':
      return updateIncident(state, (inc) => ({ ...inc, severity: action.value }));
    case 'status':
      return updateIncident(state, (inc) => ({ ...inc, status: action.value }));
    case 'role':
      return updateIncident(state, (inc) => ({ ...inc, roles: { ...inc.roles, [action.role]: action.value } }));
    case 'lessons':
      return updateIncident(state, (inc) => ({ ...inc, [action.list]: action.text === '' ? [] : action.text.split('\n') }));
    case 'milestone':
      return updateIncident(state, (inc) => {
        const milestones = { ...inc.milestones };
        if (action.value === '') delete milestones[action.milestone];
        else milestones[action.milestone] = action.value;
        return { ...inc, milestones };
      });
    case 'timeZone':
      return updateActive(state, (draft) => ({ ...draft, timeZone: action.value }));
    case 'timeline/add':
      return updateIncident(state, (inc) => ({ ...inc, timeline: sortTimeline([...inc.timeline, ...action.entries]) }));
    case 'timeline/update':
      return updateIncident(state, (inc) => ({
        ...inc,
        timeline: sortTimeline(replaceAt(inc.timeline, action.index, action.entry)),
      }));
    case 'timeline/delete':
      return updateIncident(state, (inc) => ({ ...inc, timeline: removeAt(inc.timeline, action.index) }));
    case 'action/add':
      return updateIncident(state, (inc) => ({ ...inc, actionItems: [...inc.actionItems, action.item] }));
    case 'action/update':
      return updateIncident(state, (inc) => ({
        ...inc,
        actionItems: replaceAt(inc.actionItems, action.index, { ...inc.actionItems[action.index]!, ...action.patch }),
      }));
    case 'action/delete':
      return updateIncident(state, (inc) => ({ ...inc, actionItems: removeAt(inc.actionItems, action.index) }));
    case 'draft/new':
      return {
        drafts: [...state.drafts, action.draft],
        activeId: action.draft.id,
        undo: { kind: 'new', draftName: action.draft.name, drafts: state.drafts, activeId: state.activeId },
      };
    case 'draft/select':
      return state.drafts.some((d) => d.id === action.id) ? { ...state, activeId: action.id } : state;
    case 'draft/rename':
      return updateActive(state, (draft) => ({ ...draft, name: action.name }));
    case 'draft/delete': {
      const index = state.drafts.findIndex((d) => d.id === state.activeId);
      const removed = state.drafts[index]!;
      const rest = removeAt(state.drafts, index);
      // The tool always has a draft to type into: deleting the last one leaves a fresh empty one.
      const drafts = rest.length > 0 ? rest : [action.replacement];
      const next = drafts[Math.min(index, drafts.length - 1)]!;
      return {
        drafts,
        activeId: next.id,
        undo: { kind: 'delete', draftName: removed.name, drafts: state.drafts, activeId: state.activeId },
      };
    }
    case 'draft/replace':
      return updateIncident(state, () => action.incident);
    case 'load':
      return action.state;
    case 'undo':
      return state.undo ? { drafts: state.undo.drafts, activeId: state.undo.activeId, undo: null } : state;
  }
}
