// The post-mortem generator island. State lives in a pure reducer (state.ts); this component wires it
// to the browser: localStorage autosave, share links, file import/export, clipboard and print.
// Every document it shows or exports comes from the core's renderPostmortem, the same function the
// CLI calls, so a downloaded .md equals `npm run postmortem` for the downloaded JSON.
import { memo, useCallback, useDeferredValue, useEffect, useLayoutEffect, useMemo, useReducer, useRef, useState, type Dispatch } from 'react';
import { LANGS, MILESTONES, ROLE_IDS, STATUSES } from '../../core/constants.ts';
import type { ParseIncidentResult } from '../../core/incident.ts';
import { milestoneOrderErrors, type FieldError } from '../../core/incident-checks.ts';
import { coreTranslate } from '../../core/i18n/index.ts';
import { roleName } from '../../core/roles.ts';
import { renderPostmortem, TEMPLATE_IDS, templateName, type TemplateId } from '../../core/postmortem/index.ts';
import type { Incident, Lang, Role, SeverityLevel } from '../../core/schema.ts';
import { isTimeZone, timestampToWallTime, wallTimeToTimestamp } from '../../core/time/index.ts';
import { ActionItemsEditor } from './ActionItems.tsx';
import { Select, TextArea, TextField } from '../shared/fields.tsx';
import { MarkdownView } from './Markdown.tsx';
import { hasShareFragment, readShareFragment, shareFragment } from './share.ts';
import {
  activeDraft,
  draftProblems,
  incidentForOutput,
  initialState,
  linesOf,
  makeDraft,
  reducer,
  type Action,
  type Draft,
  type LessonList,
  type TextField as TextFieldName,
} from './state.ts';
import { loadDrafts, needsParser, saveDrafts } from './storage.ts';
import { format, type Strings } from './strings.ts';
import { TimelineEditor } from './Timeline.tsx';

export interface PostmortemToolProps {
  strings: Strings;
  /** Language of the page (and the default language of the document). */
  lang: Lang;
  severities: SeverityLevel[];
  /** content/data/roles.yaml's roles: the role fields and the documents name roles from these. */
  roles: Role[];
  /** The seed's worked example, already read by the core at build time. */
  example: Incident;
}

const AUTOSAVE_MS = 400;

// The core's parseIncident brings the zod schemas (~28 KB gzipped); it is fetched only when something
// from outside the editor is read: an uploaded file, a share link, or drafts saved in an older shape.
const loadParser = (lang: Lang): Promise<(value: unknown) => ParseIncidentResult> =>
  import('../../core/incident.ts').then((m) => (value: unknown) => m.parseIncident(value, lang));
const notParsed = (): ParseIncidentResult => ({ ok: false, errors: [{ field: '(draft)', message: 'could not be checked' }] });

// `npm run bench` sets this flag to time React commits; ordinary visitors pay nothing for it.
const benchmarking = () => typeof window !== 'undefined' && (window as { __pmBench?: boolean }).__pmBench === true;

function browserZone(): string {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return zone && isTimeZone(zone) ? zone : 'UTC';
}

function newId(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `draft-${Date.now()}-${Math.random().toString(36).slice(2)}`;
}

function downloadFile(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function draftLabel(draft: Draft, s: Strings): string {
  return draft.name.trim() || draft.incident.title.trim() || s.untitled;
}

function fileSafe(text: string): string {
  return text.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '') || 'incident';
}

/** Every time zone Intl knows, with the draft's own zone included even if the list lacks it. */
function zoneOptions(current: string): { value: string; label: string }[] {
  const zones = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  const all = zones.includes(current) ? zones : [current, ...zones];
  return all.map((z) => ({ value: z, label: z }));
}

interface SectionProps {
  s: Strings;
  lang: Lang;
  dispatch: Dispatch<Action>;
}

const IncidentFields = memo(function IncidentFields({
  s,
  lang,
  dispatch,
  incident,
  severities,
  roles,
}: SectionProps & { incident: Pick<Incident, 'id' | 'title' | 'severity' | 'status' | 'roles'>; severities: SeverityLevel[]; roles: Role[] }) {
  const field = (name: TextFieldName) => (value: string) => dispatch({ type: 'field', field: name, value });
  return (
    <section className="pm-section" aria-labelledby="pm-incident-heading">
      <h3 id="pm-incident-heading">{s.incident}</h3>
      <div className="field-grid">
        <TextField label={s.incidentId} name="id" value={incident.id} onChange={field('id')} />
        <TextField label={s.title} name="title" value={incident.title} onChange={field('title')} className="field-grow" />
        <Select
          label={s.severity}
          name="severity"
          value={incident.severity}
          options={severities.map((l) => ({ value: l.id, label: `${l.id}: ${l.name[lang]}` }))}
          hint={severities.find((l) => l.id === incident.severity)?.definition[lang]}
          onChange={(value) => dispatch({ type: 'severity', value })}
        />
        <Select
          label={s.status}
          name="status"
          value={incident.status}
          options={STATUSES.map((st) => ({ value: st, label: coreTranslate(lang)(`incident.status.${st}`) }))}
          onChange={(value) => dispatch({ type: 'status', value })}
        />
      </div>
      <fieldset>
        <legend>{s.roles}</legend>
        <div className="field-grid">
          {ROLE_IDS.map((role) => (
            <TextField key={role} label={roleName(role, lang, roles)} name={role} value={incident.roles[role]} onChange={(value) => dispatch({ type: 'role', role, value })} />
          ))}
        </div>
      </fieldset>
    </section>
  );
});

type NarrativeName = 'summary' | 'impact' | 'rootCause' | 'trigger' | 'detection' | 'resolution' | 'supportingInfo';

const NarrativeFields = memo(function NarrativeFields({ s, dispatch, incident }: SectionProps & { incident: Pick<Incident, NarrativeName> }) {
  const fields: { name: NarrativeName; label: string; hint?: string }[] = [
    { name: 'summary', label: s.summary },
    { name: 'impact', label: s.impact },
    { name: 'rootCause', label: s.rootCause, hint: s.rootCauseHint },
    { name: 'trigger', label: s.trigger },
    { name: 'detection', label: s.detection },
    { name: 'resolution', label: s.resolution },
    { name: 'supportingInfo', label: s.supportingInfo },
  ];
  return (
    <section className="pm-section" aria-labelledby="pm-narrative-heading">
      <h3 id="pm-narrative-heading">{s.narrative}</h3>
      {fields.map((f) => (
        <TextArea key={f.name} label={f.label} hint={f.hint} name={f.name} value={incident[f.name]} onChange={(value) => dispatch({ type: 'field', field: f.name, value })} />
      ))}
    </section>
  );
});

const LessonFields = memo(function LessonFields({ s, dispatch, incident }: SectionProps & { incident: Pick<Incident, LessonList> }) {
  const lists: { name: LessonList; label: string }[] = [
    { name: 'wentWell', label: s.wentWell },
    { name: 'wentWrong', label: s.wentWrong },
    { name: 'gotLucky', label: s.gotLucky },
  ];
  return (
    <section className="pm-section" aria-labelledby="pm-lessons-heading">
      <h3 id="pm-lessons-heading">{s.lessons}</h3>
      {lists.map((l) => (
        <TextArea key={l.name} label={l.label} hint={s.onePerLine} name={l.name} value={linesOf(incident[l.name])} onChange={(text) => dispatch({ type: 'lessons', list: l.name, text })} />
      ))}
    </section>
  );
});

const MilestoneFields = memo(function MilestoneFields({
  s,
  lang,
  dispatch,
  milestones,
  timeZone,
}: SectionProps & { milestones: Incident['milestones']; timeZone: string }) {
  const errors = milestoneOrderErrors({ milestones }, lang);
  const zones = useMemo(() => zoneOptions(timeZone), [timeZone]);
  return (
    <section className="pm-section" aria-labelledby="pm-milestones-heading">
      <h3 id="pm-milestones-heading">{s.milestones}</h3>
      <Select label={s.timeZone} hint={s.timeZoneHint} name="timeZone" value={timeZone} options={zones} onChange={(value) => dispatch({ type: 'timeZone', value })} />
      <div className="field-grid">
        {MILESTONES.map((m) => (
          <div key={m} className="pm-milestone">
            <TextField
              label={coreTranslate(lang)(`incident.milestone.${m}`)}
              name={`milestone-${m}`}
              type="datetime-local"
              value={milestones[m] ? timestampToWallTime(milestones[m]!, timeZone) : ''}
              warning={errors.find((e) => e.field === `milestones.${m}`)?.message}
              onChange={(value) => dispatch({ type: 'milestone', milestone: m, value: value ? (wallTimeToTimestamp(value, timeZone) ?? '') : '' })}
            />
            {milestones[m] && (
              <button type="button" aria-label={`${s.clear}: ${coreTranslate(lang)(`incident.milestone.${m}`)}`} onClick={() => dispatch({ type: 'milestone', milestone: m, value: '' })}>
                {s.clear}
              </button>
            )}
          </div>
        ))}
      </div>
    </section>
  );
});

interface PreviewProps {
  s: Strings;
  incident: Incident;
  template: TemplateId;
  /** The document's language (the template switch); problems are listed in the page's language. */
  lang: Lang;
  uiLang: Lang;
  severities: SeverityLevel[];
  roles: Role[];
}

const Preview = memo(function Preview({ s, incident, template, lang, uiLang, severities, roles }: PreviewProps) {
  const markdown = useMemo(() => renderPostmortem(incidentForOutput(incident), { template, lang, severities, roles }), [incident, template, lang, severities, roles]);
  const problems: FieldError[] = useMemo(() => draftProblems(incident, uiLang), [incident, uiLang]);
  useLayoutEffect(() => {
    if (!benchmarking() || performance.getEntriesByName('pm-dispatch', 'mark').length === 0) return;
    performance.measure('pm-preview-commit', 'pm-dispatch');
    performance.clearMarks('pm-dispatch');
  });
  return (
    <>
      {problems.length > 0 && (
        <div className="pm-problems">
          <h3>{s.problems}</h3>
          <p>{s.exportWarning}</p>
          <ul>
            {problems.map((p, i) => (
              <li key={i}>{format(s.fieldProblem, { field: p.field, message: p.message })}</li>
            ))}
          </ul>
        </div>
      )}
      <article className="pm-document" aria-label={s.preview} lang={lang}>
        <MarkdownView markdown={markdown} />
      </article>
    </>
  );
});

export default function PostmortemTool({ strings: s, lang, severities, roles, example }: PostmortemToolProps) {
  // The server renders an empty draft; the browser swaps in the saved drafts right after hydration.
  const [state, rawDispatch] = useReducer(reducer, undefined, () => initialState(makeDraft('draft-0', '', 'UTC')));
  const [ready, setReady] = useState(false);
  const [template, setTemplate] = useState<TemplateId>('basic');
  const [docLang, setDocLang] = useState<Lang>(lang);
  const [polite, setPolite] = useState('');
  const [urgent, setUrgent] = useState('');
  const [notices, setNotices] = useState<string[]>([]);
  const [saveProblem, setSaveProblem] = useState('');
  const [saved, setSaved] = useState(false);
  const [uploadProblem, setUploadProblem] = useState<{ title: string; errors: FieldError[] } | null>(null);
  const [shared, setShared] = useState<Incident | null>(null);
  const [shareUrl, setShareUrl] = useState('');
  const latest = useRef(state);
  latest.current = state;
  const shareButton = useRef<HTMLButtonElement>(null);
  const sharePromptButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (shared) sharePromptButton.current?.focus();
  }, [shared]);

  const dispatch = useCallback((action: Action) => {
    if (benchmarking()) performance.mark('pm-dispatch');
    rawDispatch(action);
  }, []);
  useLayoutEffect(() => {
    if (benchmarking() && performance.getEntriesByName('pm-dispatch', 'mark').length > 0) performance.measure('pm-commit', 'pm-dispatch');
  });

  // Live regions re-announce identical text only if it changes, so a zero-width space alternates.
  const announce = useCallback((message: string, isUrgent = false) => {
    const set = isUrgent ? setUrgent : setPolite;
    set((previous) => (previous === message ? `${message}\u200b` : message));
  }, []);

  const draft = activeDraft(state);
  const incident = draft.incident;
  const deferredIncident = useDeferredValue(incident);

  // A shared draft in the link (on load, or pasted into the address bar of an open tool) is only
  // offered: the user decides whether it replaces anything.
  const checkShareLink = useCallback(async () => {
    if (!hasShareFragment(location.hash)) return;
    const share = await readShareFragment(location.hash);
    if (!share.found) return;
    const parsed = share.ok ? (await loadParser(lang))(share.value) : null;
    if (parsed?.ok) {
      setShared(parsed.incident);
      return;
    }
    const reason = parsed && !parsed.ok ? parsed.errors.map((e) => `${e.field}: ${e.message}`).join('; ') : share.ok ? '' : share.message;
    const message = format(s.shareBroken, { message: reason });
    announce(message, true);
    setNotices((n) => [...n, message]);
    history.replaceState(null, '', location.pathname + location.search);
  }, [s, lang, announce]);

  // Restore drafts, then look for a shared draft in the link.
  useEffect(() => {
    let cancelled = false;
    const onHashChange = () => void checkShareLink();
    void (async () => {
      const zone = browserZone();
      let loaded: ReturnType<typeof loadDrafts> = { state: null, migratedFrom: null, problems: [] };
      try {
        const parse = needsParser(localStorage) ? await loadParser(lang) : notParsed;
        loaded = loadDrafts(localStorage, parse, zone);
      } catch (error) {
        setSaveProblem(format(s.saveFailed, { message: (error as Error).message }));
      }
      if (cancelled) return;
      rawDispatch({ type: 'load', state: loaded.state ?? initialState(makeDraft(newId(), '', zone)) });
      const messages = loaded.problems.map((p) => format(s.restoreProblem, { draft: p.draft, field: p.field, message: p.message, key: p.backupKey }));
      if (loaded.migratedFrom !== null) messages.unshift(s.restoreMigrated);
      if (messages.length) {
        setNotices(messages);
        announce(messages.join(' '), loaded.problems.length > 0);
      }
      setReady(true);
      await checkShareLink();
    })();
    addEventListener('hashchange', onHashChange);
    return () => {
      cancelled = true;
      removeEventListener('hashchange', onHashChange);
    };
  }, [s, announce, checkShareLink]);

  // Debounced autosave; on failure the draft stays in memory and the problem stays on screen.
  useEffect(() => {
    if (!ready) return;
    const timer = setTimeout(() => {
      const result = saveDrafts(localStorage, state);
      setSaved(result.ok);
      const problem = result.ok ? '' : result.quota ? s.saveFailedQuota : format(s.saveFailed, { message: result.message });
      setSaveProblem((previous) => {
        if (problem && problem !== previous) announce(problem, true);
        return problem;
      });
    }, AUTOSAVE_MS);
    return () => clearTimeout(timer);
  }, [state, ready, s, announce]);

  // Leaving within the debounce window must not lose the last keystrokes.
  useEffect(() => {
    if (!ready) return;
    const flush = () => void saveDrafts(localStorage, latest.current);
    addEventListener('pagehide', flush);
    return () => removeEventListener('pagehide', flush);
  }, [ready]);

  const addDraft = (fromExample: boolean) => {
    const name = fromExample ? example.title : '';
    const next = makeDraft(newId(), name, draft.timeZone, fromExample ? structuredClone(example) : undefined);
    rawDispatch({ type: 'draft/new', draft: next });
    announce(format(s.createdDraft, { name: draftLabel(next, s) }));
  };

  const deleteDraft = () => {
    rawDispatch({ type: 'draft/delete', replacement: makeDraft(newId(), '', draft.timeZone) });
    announce(format(s.deletedDraft, { name: draftLabel(draft, s) }));
  };

  const currentMarkdown = () => renderPostmortem(incidentForOutput(incident), { template, lang: docLang, severities, roles });
  const exportedJson = () => `${JSON.stringify(incidentForOutput(incident), null, 2)}\n`;
  const baseName = `${fileSafe(incident.id)}-postmortem`;

  const copyMarkdown = async () => {
    try {
      await navigator.clipboard.writeText(currentMarkdown());
      announce(s.copied);
    } catch {
      announce(s.copyFailed, true);
    }
  };

  const openFile = async (file: File) => {
    let value: unknown;
    try {
      value = JSON.parse(await file.text());
    } catch (error) {
      const errors = [{ field: '(file)', message: format(s.notJson, { message: (error as Error).message }) }];
      setUploadProblem({ title: format(s.uploadRejected, { name: file.name }), errors });
      announce(`${format(s.uploadRejected, { name: file.name })} ${errors[0]!.message}`, true);
      return;
    }
    const parsed = (await loadParser(lang))(value);
    if (!parsed.ok) {
      setUploadProblem({ title: format(s.uploadRejected, { name: file.name }), errors: parsed.errors });
      announce(`${format(s.uploadRejected, { name: file.name })} ${parsed.errors.map((e) => `${e.field}: ${e.message}`).join('; ')}`, true);
      return;
    }
    setUploadProblem(null);
    rawDispatch({ type: 'draft/new', draft: makeDraft(newId(), parsed.incident.title || file.name, draft.timeZone, parsed.incident) });
    announce(format(parsed.migratedFrom !== undefined ? s.uploadMigrated : s.uploaded, { name: file.name }));
  };

  const makeShareLink = async () => {
    const url = `${location.origin}${location.pathname}${location.search}#${await shareFragment(incidentForOutput(incident))}`;
    setShareUrl(url);
    try {
      await navigator.clipboard.writeText(url);
      announce(s.shareCopied);
    } catch {
      // The link is on screen to copy by hand.
    }
  };

  const answerShare = (choice: 'new' | 'replace' | 'ignore') => {
    if (shared && choice === 'new') rawDispatch({ type: 'draft/new', draft: makeDraft(newId(), shared.title, draft.timeZone, shared) });
    if (shared && choice === 'replace') rawDispatch({ type: 'draft/replace', incident: shared });
    if (choice !== 'ignore') announce(s.shareOpened);
    setShared(null);
    history.replaceState(null, '', location.pathname + location.search);
    shareButton.current?.focus();
  };

  const defaultChatDate = useMemo(() => {
    const declared = incident.milestones.declared;
    const fromDeclared = declared ? timestampToWallTime(declared, draft.timeZone).slice(0, 10) : '';
    return fromDeclared || new Date().toISOString().slice(0, 10);
  }, [incident.milestones.declared, draft.timeZone]);

  return (
    <div className="pm-tool tool-form">
      <div className="tool-live" role="status" aria-live="polite">
        {polite}
      </div>
      <div className="tool-live" role="alert">
        {urgent}
      </div>

      <p className="tool-privacy">{s.privacy}</p>
      {!ready && <p>{s.loading}</p>}
      {notices.length > 0 && (
        <div className="pm-notices">
          {notices.map((n, i) => (
            <p key={i}>{n}</p>
          ))}
        </div>
      )}
      {saveProblem && <p className="field-error">{saveProblem}</p>}

      {shared && (
        <section className="pm-share-prompt" aria-labelledby="pm-share-heading">
          <h2 id="pm-share-heading">{s.share}</h2>
          <p>{format(s.shareFound, { title: shared.title || shared.id })}</p>
          <div className="row-buttons">
            <button type="button" ref={sharePromptButton} onClick={() => answerShare('new')}>
              {s.shareOpenNew}
            </button>
            <button type="button" onClick={() => answerShare('replace')}>
              {s.shareReplace}
            </button>
            <button type="button" onClick={() => answerShare('ignore')}>
              {s.shareIgnore}
            </button>
          </div>
        </section>
      )}

      {/* Until the saved drafts are restored, typing would be overwritten by them: hold input back. */}
      <div inert={!ready}>
        <section className="pm-drafts" aria-labelledby="pm-drafts-heading">
          <h2 id="pm-drafts-heading">{s.drafts}</h2>
        {saved && !saveProblem && <p className="field-hint">{s.savedAt}</p>}
          <div className="field-grid">
            <Select
              label={s.draftSelect}
              name="draft"
              value={state.activeId}
              options={state.drafts.map((d) => ({ value: d.id, label: draftLabel(d, s) }))}
              onChange={(id) => rawDispatch({ type: 'draft/select', id })}
            />
            <TextField label={s.draftName} name="draftName" value={draft.name} onChange={(name) => dispatch({ type: 'draft/rename', name })} />
          </div>
          <div className="row-buttons">
            <button type="button" onClick={() => addDraft(false)}>
              {s.newEmpty}
            </button>
            <button type="button" onClick={() => addDraft(true)}>
              {s.newExample}
            </button>
            <button type="button" onClick={deleteDraft}>
              {s.deleteDraft}
            </button>
            {state.undo && (
              <button
                type="button"
                onClick={() => {
                  rawDispatch({ type: 'undo' });
                  announce(s.undid);
                }}
              >
                {s.undo}: {format(state.undo.kind === 'new' ? s.undoneNew : s.undoneDelete, { name: state.undo.draftName || s.untitled })}
              </button>
            )}
          </div>
        </section>

        <div className="pm-columns">
          <div className="pm-editor">
            <h2>{s.editor}</h2>
            <IncidentFields s={s} lang={lang} dispatch={dispatch} incident={incident} severities={severities} roles={roles} />
            <NarrativeFields s={s} lang={lang} dispatch={dispatch} incident={incident} />
            <LessonFields s={s} lang={lang} dispatch={dispatch} incident={incident} />
            <MilestoneFields s={s} lang={lang} dispatch={dispatch} milestones={incident.milestones} timeZone={draft.timeZone} />
            <TimelineEditor s={s} timeline={incident.timeline} timeZone={draft.timeZone} defaultDate={defaultChatDate} dispatch={dispatch} announce={announce} />
            <ActionItemsEditor s={s} lang={lang} items={incident.actionItems} dispatch={dispatch} />
          </div>

          <div className="pm-output">
            <h2>{s.preview}</h2>
            <div className="field-grid">
              <Select label={s.template} name="template" value={template} options={TEMPLATE_IDS.map((t) => ({ value: t, label: templateName(t, lang) }))} onChange={setTemplate} />
              <Select label={s.documentLanguage} name="docLang" value={docLang} options={LANGS.map((l) => ({ value: l, label: s.languageNames[l] }))} onChange={setDocLang} />
            </div>
            <div className="row-buttons pm-actions">
              <button type="button" onClick={() => void copyMarkdown()}>
                {s.copyMarkdown}
              </button>
              <button type="button" onClick={() => downloadFile(`${baseName}-${template}-${docLang}.md`, currentMarkdown(), 'text/markdown;charset=utf-8')}>
                {s.downloadMarkdown}
              </button>
              <button type="button" onClick={() => downloadFile(`${fileSafe(incident.id)}.json`, exportedJson(), 'application/json')}>
                {s.downloadJson}
              </button>
              <button type="button" onClick={() => print()}>
                {s.print}
              </button>
              <button type="button" ref={shareButton} onClick={() => void makeShareLink()}>
                {s.share}
              </button>
            </div>
            <div className="field">
              <label htmlFor="pm-upload">{s.uploadJson}</label>
              <input
                id="pm-upload"
                type="file"
                accept=".json,application/json"
                aria-describedby="pm-upload-hint"
                onChange={(e) => {
                  const file = e.target.files?.[0];
                  e.target.value = '';
                  if (file) void openFile(file);
                }}
              />
              <span className="field-hint" id="pm-upload-hint">
                {s.uploadHint}
              </span>
            </div>
            {uploadProblem && (
              <div className="field-error" data-testid="upload-problem">
                <p>{uploadProblem.title}</p>
                <ul>
                  {uploadProblem.errors.map((e, i) => (
                    <li key={i}>{format(s.fieldProblem, { field: e.field, message: e.message })}</li>
                  ))}
                </ul>
              </div>
            )}
            {shareUrl && <TextField label={s.shareLink} hint={s.shareHint} value={shareUrl} readOnly onChange={() => undefined} />}
            <Preview s={s} incident={deferredIncident} template={template} lang={docLang} uiLang={lang} severities={severities} roles={roles} />
          </div>
        </div>
      </div>
    </div>
  );
}
