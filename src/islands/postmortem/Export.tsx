// The output column: template and document language, copy/download/print/share, opening an incident
// JSON file, and the live preview. Every document comes from the core's renderPostmortem, the
// function the CLI calls, so a downloaded .md equals `npm run postmortem` for the downloaded JSON.
import { useDeferredValue, useState, type Dispatch, type RefObject } from 'react';
import { LANGS } from '../../core/constants.ts';
import type { FieldError } from '../../core/incident-checks.ts';
import { renderPostmortem, TEMPLATE_IDS, templateName, type TemplateId } from '../../core/postmortem/index.ts';
import type { Incident, Lang, Role, SeverityLevel } from '../../core/schema.ts';
import type { Announce } from '../shared/announcer.tsx';
import { copyText } from '../shared/clipboard.ts';
import { downloadFile, fileSafe } from '../shared/download.ts';
import { Select, TextField } from '../shared/fields.tsx';
import { resolveNaiveTimes } from '../../core/time/naive.ts';
import type { PostmortemKey, PostmortemT } from './i18n.ts';
import { loadParser, problemsText } from './parser.ts';
import { Preview } from './Preview.tsx';
import { incidentForOutput, makeDraft, type Action } from './state.ts';
import { newDraftId } from './useDrafts.ts';

const LANGUAGE_KEYS: Record<Lang, PostmortemKey> = { en: 'postmortem.languageNames.en', th: 'postmortem.languageNames.th' };

interface ExportProps {
  t: PostmortemT;
  lang: Lang;
  incident: Incident;
  timeZone: string;
  severities: SeverityLevel[];
  /** content/data/roles.yaml's roles: the documents name roles from these. */
  roles: Role[];
  dispatch: Dispatch<Action>;
  announce: Announce;
  shareUrl: string;
  shareButton: RefObject<HTMLButtonElement | null>;
  onShare: () => void;
}

export function Export({
  t,
  lang,
  incident,
  timeZone,
  severities,
  roles,
  dispatch,
  announce,
  shareUrl,
  shareButton,
  onShare,
}: ExportProps) {
  const [template, setTemplate] = useState<TemplateId>('basic');
  const [docLang, setDocLang] = useState<Lang>(lang);
  const [uploadProblem, setUploadProblem] = useState<{ title: string; errors: FieldError[] } | null>(null);
  // Typing stays responsive: the preview re-renders after the keystroke is on screen.
  const deferredIncident = useDeferredValue(incident);

  const currentMarkdown = () => renderPostmortem(incidentForOutput(incident), { template, lang: docLang, severities, roles });
  const exportedJson = () => `${JSON.stringify(incidentForOutput(incident), null, 2)}\n`;
  const baseName = `${fileSafe(incident.id)}-postmortem`;

  const copyMarkdown = async () => {
    if (await copyText(currentMarkdown())) announce(t('postmortem.copied'));
    else announce(t('postmortem.copyFailed'), true);
  };

  const openFile = async (file: File) => {
    const rejected = t('postmortem.uploadRejected', { name: file.name });
    let value: unknown;
    try {
      value = JSON.parse(await file.text());
    } catch (error) {
      const errors = [{ field: '(file)', message: t('postmortem.notJson', { message: (error as Error).message }) }];
      setUploadProblem({ title: rejected, errors });
      announce(`${rejected} ${errors[0]!.message}`, true);
      return;
    }
    // Times written without an offset are read in the draft's chosen zone, as the metrics calculator does.
    const parsed = (await loadParser(lang))(resolveNaiveTimes(value, { zone: timeZone }));
    if (!parsed.ok) {
      setUploadProblem({ title: rejected, errors: parsed.errors });
      announce(`${rejected} ${problemsText(parsed.errors)}`, true);
      return;
    }
    setUploadProblem(null);
    dispatch({
      type: 'draft/new',
      draft: makeDraft(newDraftId(), parsed.incident.title || file.name, timeZone, parsed.incident),
    });
    announce(t(parsed.migratedFrom !== undefined ? 'postmortem.uploadMigrated' : 'postmortem.uploaded', { name: file.name }));
  };

  return (
    <div className="pm-output">
      <h2>{t('postmortem.preview')}</h2>
      <div className="field-grid">
        <Select
          label={t('postmortem.template')}
          name="template"
          value={template}
          options={TEMPLATE_IDS.map((id) => ({ value: id, label: templateName(id, lang) }))}
          onChange={setTemplate}
        />
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
          onClick={() => downloadFile(`${baseName}-${template}-${docLang}.md`, currentMarkdown(), 'text/markdown;charset=utf-8')}
        >
          {t('postmortem.downloadMarkdown')}
        </button>
        <button type="button" onClick={() => downloadFile(`${fileSafe(incident.id)}.json`, exportedJson(), 'application/json')}>
          {t('postmortem.downloadJson')}
        </button>
        <button type="button" onClick={() => print()}>
          {t('postmortem.print')}
        </button>
        <button type="button" ref={shareButton} onClick={onShare}>
          {t('postmortem.share')}
        </button>
      </div>
      <div className="field">
        <label htmlFor="pm-upload">{t('postmortem.uploadJson')}</label>
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
          {t('postmortem.uploadHint')}
        </span>
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
      <Preview
        t={t}
        incident={deferredIncident}
        template={template}
        lang={docLang}
        uiLang={lang}
        severities={severities}
        roles={roles}
      />
    </div>
  );
}
