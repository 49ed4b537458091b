// The self-assessment and growth-plan tool. State is one core Assessment (ratings, target, snapshots,
// role shifts); every level, diff, plan and readiness comes from the career core. Autosaved to
// localStorage as the versioned file text. The page's first JavaScript is Preact and this island: the
// core's computing functions load on the first interaction (engine.ts), the file reader/writer (zod)
// on the first save or restore, the share code (fflate) and the PNG export only when used.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Lang } from '../../core/i18n/locales.ts';
import { createTranslate, type Messages } from '../../core/i18n/translate.ts';
import { formatWithOffset } from '../../core/time/index.ts';
import type {
  AreaFit,
  Assessment,
  AssessmentProblem,
  BehaviourId,
  CareerFramework,
  GrowthPlan,
  LevelId,
  Rating,
  RoleShift,
} from '../../core/career/types.ts';
import type { Engine } from './engine.ts';
import { Select } from '../shared/fields.tsx';
import { ToolLoading } from '../shared/ToolLoading.tsx';
import { History } from './History.tsx';
import { Plan } from './Plan.tsx';
import { Profile } from './Profile.tsx';
import { RatingForm } from './RatingForm.tsx';
import { Roles, type RoleOption } from './Roles.tsx';
import { downloadText } from './download.ts';
import { loadAssessment, saveAssessment, STORAGE_KEY } from './storage.ts';
import { snapshotTime, type BehaviourIds, type ViewContext } from './view.ts';

interface Props {
  lang: Lang;
  messages: Messages;
  framework: CareerFramework;
  roles: readonly RoleOption[];
  base: string;
  ids: BehaviourIds;
  /** The target level until the reader picks one. */
  defaultTarget: LevelId;
  /** The core's results for the empty assessment and the default target, computed at build time. */
  initial: { fits: readonly AreaFit[]; plan: GrowthPlan };
}

type FileModule = typeof import('../../core/career/assessment-file.ts');
let fileModule: Promise<FileModule> | null = null;
/** The versioned file code (zod), loaded once on first need. */
const loadFileModule = () => (fileModule ??= import('../../core/career/assessment-file.ts'));
let engineModule: Promise<Engine> | null = null;
const loadEngine = () => (engineModule ??= import('./engine.ts'));

const EMPTY: Assessment = { target: null, ratings: {}, snapshots: [], shifts: [] };
const AUTOSAVE_MS = 300;

type Notice = { kind: 'info' | 'problem'; text: string };

const describe = (problems: readonly AssessmentProblem[]) => problems.map((p) => `${p.path}: ${p.message}`).join('; ');

export default function AssessmentTool({ lang, messages, framework, roles, base, ids, defaultTarget, initial }: Props) {
  const t = useMemo(() => createTranslate(messages, lang), [messages, lang]);
  const ctx: ViewContext = useMemo(() => ({ t, lang, framework, base, ids }), [t, lang, framework, base, ids]);
  const [assessment, setAssessment] = useState<Assessment>(EMPTY);
  const [restored, setRestored] = useState(false);
  const [saveState, setSaveState] = useState<Notice | null>(null);
  const [notices, setNotices] = useState<Notice[]>([]);
  const [shared, setShared] = useState<Assessment | null>(null);
  const [engine, setEngine] = useState<Engine | null>(null);
  const needEngine = useCallback(() => {
    if (!engine) void loadEngine().then(setEngine);
  }, [engine]);
  // Autosave stays off while an unreadable entry could not be copied aside, so it is not overwritten.
  const autosave = useRef(true);
  const dirty = useRef(false);

  const notify = (notice: Notice) => setNotices((list) => [...list, notice]);

  /** Shows a shared assessment from a location hash, read-only; replaces nothing. */
  const readShare = useCallback(
    async (hash: string) => {
      const [{ decodeAssessmentShare }, loaded] = await Promise.all([import('../../core/career/share.ts'), loadEngine()]);
      setEngine(loaded);
      const decoded = decodeAssessmentShare(hash, lang);
      if (decoded?.ok) setShared(decoded.assessment);
      else if (decoded) notify({ kind: 'problem', text: t('assessment.shareBad', { message: describe(decoded.problems) }) });
    },
    [lang, t],
  );

  // A share link pasted into the address bar of an open page arrives as a hash change.
  useEffect(() => {
    if (!restored) return;
    const onHash = () => void readShare(location.hash);
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, [restored, readShare]);

  // Restore, then look for a shared assessment in the fragment.
  useEffect(() => {
    let cancelled = false;
    (async () => {
      let stored: string | null = null;
      try {
        stored = localStorage.getItem(STORAGE_KEY);
      } catch {
        // Storage refused (privacy mode): the tool still works, and saving reports the failure.
      }
      const hasShare = location.hash.length > 1;
      if (stored !== null || hasShare) setEngine(await loadEngine());
      if (stored !== null) {
        const file = await loadFileModule();
        const result = loadAssessment(localStorage, (text) => {
          const parsed = file.parseAssessmentFile(text, lang);
          return parsed.ok ? { ok: true, value: parsed.assessment } : { ok: false, message: describe(parsed.problems) };
        });
        if (cancelled) return;
        if (result.value) setAssessment(result.value);
        if (result.problem) {
          if (result.problem.backupKey)
            notify({
              kind: 'problem',
              text: t('assessment.unreadable', { message: result.problem.message, key: result.problem.backupKey }),
            });
          else {
            autosave.current = false;
            notify({ kind: 'problem', text: t('assessment.unreadableNoBackup', { message: result.problem.message }) });
          }
        }
      }
      if (hasShare && !cancelled) await readShare(location.hash);
      if (!cancelled) setRestored(true);
    })();
    return () => {
      cancelled = true;
    };
  }, [lang, t, readShare]);

  // Autosave after each change (debounced). A failure keeps everything on the page and says so.
  useEffect(() => {
    if (!restored || !dirty.current || !autosave.current) return;
    const timer = setTimeout(async () => {
      const file = await loadFileModule();
      const result = saveAssessment(localStorage, file.serializeAssessmentFile(assessment));
      setSaveState(
        result.ok
          ? { kind: 'info', text: t('assessment.saved') }
          : {
              kind: 'problem',
              text: result.quota ? t('assessment.storageFull') : t('assessment.storageFailed', { message: result.message }),
            },
      );
    }, AUTOSAVE_MS);
    return () => clearTimeout(timer);
  }, [assessment, restored, t]);

  const change = useCallback((update: (a: Assessment) => Assessment) => {
    dirty.current = true;
    setAssessment(update);
  }, []);

  const onRate = useCallback(
    (id: BehaviourId, rating: Rating | null) =>
      change((a) => {
        const ratings = { ...a.ratings };
        if (rating) ratings[id] = rating;
        else delete ratings[id];
        return { ...a, ratings };
      }),
    [change],
  );

  const target: LevelId = assessment.target ?? defaultTarget;
  // Until the core's functions load, the build-time results stand in (the assessment is still empty then).
  const fits = useMemo(
    () => (engine ? engine.areaFit(framework, assessment.ratings) : initial.fits),
    [engine, framework, assessment.ratings, initial],
  );
  const plan = useMemo(
    () => (engine ? engine.growthPlan(framework, assessment, target) : initial.plan),
    [engine, framework, assessment, target, initial],
  );
  const behaviourCount = useMemo(
    () =>
      framework.areas.reduce(
        (n, a) => n + a.competencies.reduce((m, c) => m + Object.values(c.levels).filter((e) => e.expected).length, 0),
        0,
      ),
    [framework],
  );
  const ratedCount = Object.values(assessment.ratings).filter((r) => r.value !== 'not-yet').length;

  const saveSnapshot = () => {
    const now = Date.now();
    const takenAt = formatWithOffset(now, -new Date(now).getTimezoneOffset());
    change((a) => ({ ...a, snapshots: [...a.snapshots, { takenAt, target: a.target ?? defaultTarget, ratings: a.ratings }] }));
    notify({ kind: 'info', text: t('assessment.snapshotSaved', { date: snapshotTime(takenAt) }) });
  };

  const exportFile = async () => {
    const file = await loadFileModule();
    downloadText(file.serializeAssessmentFile({ ...assessment, target }), `career-assessment.json`, 'application/json');
  };

  const importFile = async (input: HTMLInputElement) => {
    const chosen = input.files?.[0];
    input.value = '';
    if (!chosen) return;
    const [file, text] = await Promise.all([loadFileModule(), chosen.text()]);
    const parsed = file.parseAssessmentFile(text, lang);
    if (!parsed.ok) {
      notify({ kind: 'problem', text: t('assessment.importFailed', { name: chosen.name, message: describe(parsed.problems) }) });
      return;
    }
    change(() => parsed.assessment);
    notify({
      kind: 'info',
      text:
        parsed.migratedFrom !== undefined
          ? t('assessment.importMigrated', { name: chosen.name, version: parsed.migratedFrom })
          : t('assessment.imported', { name: chosen.name }),
    });
  };

  const closeShared = () => {
    setShared(null);
    history.replaceState(null, '', location.pathname + location.search);
  };

  return (
    <div className="ca-tool tool-form" onFocusCapture={needEngine} onPointerDownCapture={needEngine}>
      <div className="ca-notices" aria-live="polite">
        {notices.map((n, i) => (
          <p key={i} className={n.kind === 'problem' ? 'ca-problem' : 'ca-notice'}>
            {n.text}
          </p>
        ))}
        {saveState?.kind === 'problem' && <p className="ca-problem">{saveState.text}</p>}
      </div>
      <p className="ca-loading">
        <ToolLoading ready={restored}>{t('assessment.loading')}</ToolLoading>
      </p>

      {shared && (
        <section className="ca-shared" aria-labelledby="ca-shared-title">
          <h2 id="ca-shared-title">{t('assessment.sharedView')}</h2>
          <p>{t('assessment.shareFound')}</p>
          <div className="row-buttons">
            <button
              type="button"
              onClick={() => {
                change(() => shared);
                closeShared();
                notify({ kind: 'info', text: t('assessment.shareReplaced') });
              }}
            >
              {t('assessment.shareReplace')}
            </button>
            <button type="button" onClick={closeShared}>
              {t('assessment.shareClose')}
            </button>
          </div>
          <h3>{t('assessment.profile')}</h3>
          {engine && (
            <>
              <Profile
                ctx={ctx}
                fits={engine.areaFit(framework, shared.ratings)}
                target={shared.target ?? defaultTarget}
                idPrefix="ca-shared"
                downloads={false}
              />
              <h3>{t('assessment.plan')}</h3>
              <Plan
                ctx={ctx}
                assessment={shared}
                target={shared.target ?? defaultTarget}
                plan={engine.growthPlan(framework, shared, shared.target ?? defaultTarget)}
                loadEngine={loadEngine}
                readOnly
              />
            </>
          )}
        </section>
      )}

      <div inert={!restored || undefined} className="ca-own">
        <section aria-labelledby="ca-rate-title">
          <h2 id="ca-rate-title">{t('assessment.rate')}</h2>
          <p>{t('assessment.rateHint')}</p>
          <Select
            label={t('assessment.target')}
            value={target}
            options={framework.levels.map((l) => ({ value: l.id, label: l.name[lang] }))}
            onChange={(value) => change((a) => ({ ...a, target: value }))}
          />
          <p className="ca-status" aria-live="polite">
            {t('assessment.rated', { count: ratedCount, total: behaviourCount })}
            {saveState?.kind === 'info' ? ` · ${saveState.text}` : ''}
          </p>
          <RatingForm ctx={ctx} ratings={assessment.ratings} onRate={onRate} />
        </section>

        <section aria-labelledby="ca-profile-title">
          <h2 id="ca-profile-title">{t('assessment.profile')}</h2>
          <Profile ctx={ctx} fits={fits} target={target} idPrefix="ca-own" />
        </section>

        <section aria-labelledby="ca-history-title">
          <h2 id="ca-history-title">{t('assessment.snapshots')}</h2>
          <History
            ctx={ctx}
            engine={engine}
            snapshots={assessment.snapshots}
            current={assessment.ratings}
            onSave={saveSnapshot}
            onDelete={(index) => change((a) => ({ ...a, snapshots: a.snapshots.filter((_, i) => i !== index) }))}
          />
        </section>

        <section className="ca-plan" aria-labelledby="ca-plan-title">
          <h2 id="ca-plan-title">{t('assessment.plan')}</h2>
          <Plan ctx={ctx} assessment={assessment} target={target} plan={plan} loadEngine={loadEngine} />
        </section>

        <section aria-labelledby="ca-roles-title">
          <h2 id="ca-roles-title">{t('assessment.roles')}</h2>
          <Roles
            ctx={ctx}
            roles={roles}
            shifts={assessment.shifts}
            onAdd={(shift: RoleShift) => change((a) => ({ ...a, shifts: [...a.shifts, shift] }))}
            onRemove={(shift: RoleShift) => change((a) => ({ ...a, shifts: a.shifts.filter((s) => s !== shift) }))}
          />
        </section>

        <section aria-labelledby="ca-file-title">
          <h2 id="ca-file-title">{t('assessment.file')}</h2>
          <p>{t('assessment.fileIntro')}</p>
          <div className="row-buttons">
            <button type="button" onClick={() => void exportFile()}>
              {t('assessment.export')}
            </button>
            <label className="ca-import">
              {t('assessment.import')}{' '}
              <input type="file" accept="application/json,.json" onChange={(e) => void importFile(e.currentTarget)} />
            </label>
            <button
              type="button"
              onClick={() => {
                if (window.confirm(t('assessment.resetConfirm'))) change(() => EMPTY);
              }}
            >
              {t('assessment.reset')}
            </button>
          </div>
        </section>
      </div>
    </div>
  );
}
