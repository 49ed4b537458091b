// The output column: template and document language, copy/download/print/share, opening an incident
// JSON file, and the live preview. Every document comes from the core's renderPostmortem, the
// function the CLI calls, so a downloaded .md equals `npm run postmortem` for the downloaded JSON.
// The renderer and the preview are not in the first load (deferred.ts): until they arrive the preview
// shows a placeholder, and Copy/Download wait for the fetch that started right after the first paint.
import { lazy, Suspense, useState, type Dispatch, type RefObject } from 'react';
import { useLaggingValue } from '../shared/lagging-value.ts';
import { LANGS } from '../../core/constants.ts';
import type { FieldError } from '../../core/incident-checks.ts';
import type { TemplateId } from '../../core/postmortem/index.ts';
import type { Incident, Lang, ReviewData, Role, SeverityLevel } from '../../core/schema.ts';
import type { Announce } from '../shared/announcer.tsx';
import { copyText } from '../shared/clipboard.ts';
import { downloadFile, fileSafe } from '../shared/download.ts';
import { Select, TextField } from '../shared/fields.tsx';
import type { PostmortemKey, PostmortemT } from './i18n.ts';
import { loadParser, problemsText } from './parser.ts';
import { loadPreview, useDeferredModule } from './deferred.ts';
import { draftProblems, incidentForOutput, makeDraft, type Action } from './state.ts';
import { newDraftId } from './useDrafts.ts';
import { useReview } from './useReview.ts';
import { LoadBoundary } from '../shared/LoadBoundary.tsx';

// The review panel and the review are fetched once the writer starts working (useReview, lazy()).
const ReviewPanel = lazy(() => import('./ReviewPanel.tsx'));

const LANGUAGE_KEYS: Record<Lang, PostmortemKey> = { en: 'postmortem.languageNames.en', th: 'postmortem.languageNames.th' };

/** A template for the picker: its id and its name in the page's language (computed at build time). */
export interface TemplateOption {
  value: TemplateId;
  label: string;
}

interface ExportProps {
  t: PostmortemT;
  lang: Lang;
  templates: readonly TemplateOption[];
  incident: Incident;
  timeZone: string;
  severities: SeverityLevel[];
  /** content/data/roles.yaml's roles: the documents name roles from these. */
  roles: Role[];
  /** content/data/review.yaml: the review panel is shown when it is given. */
  reviewData?: ReviewData | undefined;
  dispatch: Dispatch<Action>;
  announce: Announce;
  shareUrl: string;
  shareButton: RefObject<HTMLButtonElement>;
  onShare: () => void;
  /** Phones only (CSS): back up to the editor. */
  onBackToEditing: () => void;
}

export function Export({
  t,
  lang,
  templates,
  incident,
  timeZone,
  severities,
  roles,
  reviewData,
  dispatch,
  announce,
  shareUrl,
  shareButton,
  onShare,
  onBackToEditing,
}: ExportProps) {
  const [template, setTemplate] = useState<TemplateId>('basic');
  const [docLang, setDocLang] = useState<Lang>(lang);
  const [uploadProblem, setUploadProblem] = useState<{ title: string; errors: FieldError[] } | null>(null);
  // Problems the CLI would reject the JSON for, shown before a download instead of after it fails.
  const [jsonProblems, setJsonProblems] = useState<FieldError[] | null>(null);
  const [pasted, setPasted] = useState('');
  // Typing stays responsive: the preview re-renders after the keystroke is on screen.
  const deferredIncident = useLaggingValue(incident);
  const review = useReview({ incident: deferredIncident, lang, docLang, severities, data: reviewData });

  const preview = useDeferredModule(loadPreview);

  const currentMarkdown = async () =>
    (await loadPreview()).renderPostmortem(incidentForOutput(incident), {
      template,
      lang: docLang,
      severities,
      roles,
      review: review.forDocument(incident),
    });
  const exportedJson = () => `${JSON.stringify(incidentForOutput(incident), null, 2)}\n`;
  const baseName = `${fileSafe(incident.id)}-postmortem`;

  const copyMarkdown = async () => {
    if (await copyText(await currentMarkdown())) announce(t('postmortem.copied'));
    else announce(t('postmortem.copyFailed'), true);
  };

  const downloadJson = () => downloadFile(`${fileSafe(incident.id)}.json`, exportedJson(), 'application/json');
  const askDownloadJson = () => {
    const problems = draftProblems(incident, lang);
    if (!problems.length) return downloadJson();
    setJsonProblems(problems);
    announce(`${t('postmortem.jsonWouldBeRejected')} ${problemsText(problems)}`, true);
  };

  /** An incident JSON from a file or the paste box; `name` is the file's name or "pasted JSON". */
  const openJson = async (text: string, name: string) => {
    const rejected = t('postmortem.uploadRejected', { name });
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      const errors = [{ field: '(file)', message: t('postmortem.notJson', { message: (error as Error).message }) }];
      setUploadProblem({ title: rejected, errors });
      announce(`${rejected} ${errors[0]!.message}`, true);
      return false;
    }
    // Times written without an offset are read in the draft's chosen zone, as the metrics calculator does.
    const [parse, { resolveNaiveTimes }] = await Promise.all([loadParser(lang), import('../../core/time/naive.ts')]);
    const parsed = parse(resolveNaiveTimes(value, { zone: timeZone }));
    if (!parsed.ok) {
      setUploadProblem({ title: rejected, errors: parsed.errors });
      announce(`${rejected} ${problemsText(parsed.errors)}`, true);
      return false;
    }
    setUploadProblem(null);
    dispatch({
      type: 'draft/new',
      draft: makeDraft(newDraftId(), parsed.incident.title || name, timeZone, parsed.incident),
    });
    announce(t(parsed.migratedFrom !== undefined ? 'postmortem.uploadMigrated' : 'postmortem.uploaded', { name }));
    return true;
  };
  const openFile = async (file: File) => openJson(await file.text(), file.name);
  const openPasted = async () => {
    if (await openJson(pasted, t('postmortem.pastedName'))) setPasted('');
  };

  return (
    <div className="pm-output">
      <h2 id="pm-preview-heading" tabIndex={-1}>
        {t('postmortem.preview')}
      </h2>
      <button type="button" className="pm-jump" onClick={onBackToEditing}>
        {t('postmortem.backToEditing')}
      </button>
      <div className="field-grid">
        <Select label={t('postmortem.template')} name="template" value={template} options={templates} onChange={setTemplate} />
        <Select
          label={t('postmortem.documentLanguage')}
          name="docLang"
          value={docLang}
          options={LANGS.map((l) => ({ value: l, label: t(LANGUAGE_KEYS[l]) }))}
          onChange={setDocLang}
        />
      </div>
      <div className="row-buttons pm-actions">
        <button type="button" onClick={() => void copyMarkdown()}>
          {t('postmortem.copyMarkdown')}
        </button>
        <button
          type="button"
          onClick={async () =>
            downloadFile(`${baseName}-${template}-${docLang}.md`, await currentMarkdown(), 'text/markdown;charset=utf-8')
          }
        >
          {t('postmortem.downloadMarkdown')}
        </button>
        <button type="button" onClick={askDownloadJson}>
          {t('postmortem.downloadJson')}
        </button>
        <button type="button" onClick={() => print()}>
          {t('postmortem.print')}
        </button>
        <button type="button" ref={shareButton} onClick={onShare}>
          {t('postmortem.share')}
        </button>
      </div>
      {jsonProblems && (
        <div className="field-warning" data-testid="json-problems">
          <p>{t('postmortem.jsonWouldBeRejected')}</p>
          <ul>
            {jsonProblems.map((e, i) => (
              <li key={i}>{t('postmortem.fieldProblem', { field: e.field, message: e.message })}</li>
            ))}
          </ul>
          <div className="row-buttons">
            <button
              type="button"
              onClick={() => {
                setJsonProblems(null);
                downloadJson();
              }}
            >
              {t('postmortem.downloadAnyway')}
            </button>
            <button type="button" onClick={() => setJsonProblems(null)}>
              {t('postmortem.keepEditing')}
            </button>
          </div>
        </div>
      )}
      <div className="field">
        <label htmlFor="pm-upload">{t('postmortem.uploadJson')}</label>
        <input
          id="pm-upload"
          type="file"
          accept=".json,application/json"
          aria-describedby="pm-upload-hint"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            e.currentTarget.value = '';
            if (file) void openFile(file);
          }}
        />
        <span className="field-hint" id="pm-upload-hint">
          {t('postmortem.uploadHint')}
        </span>
      </div>
      <div className="field">
        <label htmlFor="pm-paste">{t('postmortem.pasteJson')}</label>
        <textarea id="pm-paste" rows={3} spellcheck={false} value={pasted} onChange={(e) => setPasted(e.currentTarget.value)} />
        <div className="row-buttons">
          <button type="button" disabled={pasted.trim() === ''} onClick={() => void openPasted()}>
            {t('postmortem.openPasted')}
          </button>
        </div>
      </div>
      {uploadProblem && (
        <div className="field-error" data-testid="upload-problem">
          <p>{uploadProblem.title}</p>
          <ul>
            {uploadProblem.errors.map((e, i) => (
              <li key={i}>{t('postmortem.fieldProblem', { field: e.field, message: e.message })}</li>
            ))}
          </ul>
        </div>
      )}
      {shareUrl && (
        <TextField
          label={t('postmortem.shareLink')}
          hint={t('postmortem.shareHint')}
          value={shareUrl}
          readOnly
          onChange={() => undefined}
        />
      )}
      {reviewData && review.active && (
        <LoadBoundary
          fallback={
            <p className="field-warning" role="status">
              {t('postmortem.reviewUnavailable')}
            </p>
          }
        >
          <Suspense fallback={null}>
            <ReviewPanel t={t} lang={lang} review={review} />
          </Suspense>
        </LoadBoundary>
      )}
      {preview ? (
        <preview.Preview
          t={t}
          review={review.documentFindings}
          incident={deferredIncident}
          template={template}
          lang={docLang}
          uiLang={lang}
          severities={severities}
          roles={roles}
        />
      ) : (
        <article className="pm-document pm-document-pending" aria-label={t('postmortem.preview')} aria-busy="true">
          <p>{t('postmortem.previewLoading')}</p>
        </article>
      )}
    </div>
  );
}
