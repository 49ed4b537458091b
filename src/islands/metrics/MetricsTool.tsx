// The incident-metrics calculator island. It owns the inputs and talks to the worker; the worker
// does all parsing and computing, so the page stays responsive with 100,000 incidents.
import { useCallback, useEffect, useMemo, useRef, useState, type DragEvent } from 'react';
import type { Messages } from '../../core/i18n/translate.ts';
import type { Lang, SeverityId } from '../../core/schema.ts';
import { copyText } from '../shared/clipboard.ts';
import { downloadFile } from '../shared/download.ts';
import { Select, TextArea, TextField } from '../shared/fields.tsx';
import { browserZone, timeZoneChoices } from '../shared/zone.ts';
import { ZoneSelect } from '../shared/ZoneSelect.tsx';
import ColumnMapper, { rememberedColumns } from './ColumnMapper.tsx';
import MappingEditor from './MappingEditor.tsx';
import Results from './Results.tsx';
import type {
  ColumnMapping,
  DateOrder,
  FromWorker,
  InputSpec,
  Mapping,
  Question,
  RunResult,
  Stage,
  TablePage,
  ToWorker,
} from './protocol.ts';
import { metricsTranslate, type MetricsKey } from './i18n.ts';
import type { SortOrder } from './columns.ts';
import { nowFromSearch, PRESET_DAYS, windowOptions, type PresetDays, type WindowChoice, type WindowProblem } from './window.ts';
import { dateInZone, formatInstant, toEpochMs, zoneOffsetLabel } from '../../core/time/index.ts';
import { formatColumnMapping } from '../../core/import/columns.ts';
import { DEFAULT_WORKING_HOURS, type MetricsFilters, type WorkingHours } from '../../core/metrics/types.ts';

export interface MetricsToolProps {
  lang: Lang;
  /** The 'metrics.' messages in the page's language (pickMessages). */
  messages: Messages;
  /** File names in public/samples/, found at build time. */
  samples: string[];
  /** The site's base path (import.meta.env.BASE_URL), so samples load under /handbook/ too. */
  base: string;
}

const PAGE_SIZE = 50;
const DEFAULT_SORT: SortOrder = { key: 'declared', direction: 'descending' };
const DAY_MS = 86_400_000;
const NO_FILTERS: MetricsFilters = { severity: [], service: [], team: [], status: [] };

const STAGE_KEYS: Record<Stage, MetricsKey> = {
  read: 'metrics.stageRead',
  import: 'metrics.stageImport',
  compute: 'metrics.stageCompute',
};
const WINDOW_PROBLEM_KEYS: Record<WindowProblem, MetricsKey> = {
  'custom-from-invalid': 'metrics.custom-from-invalid',
  'custom-to-invalid': 'metrics.custom-to-invalid',
  'custom-order': 'metrics.custom-order',
  'custom-out-of-range': 'metrics.custom-out-of-range',
};

/** A download's name: the source and the window's dates in the chosen zone, e.g. `pagerduty-metrics-2026-10-29_2026-11-27.json`. */
function downloadName(run: RunResult, timeZone: string, format: 'csv' | 'json'): string {
  const { from, to } = run.result.window;
  // The window's end is exclusive: a custom range ends at midnight after its last day, which names that last day.
  return `${run.source}-metrics-${dateInZone(toEpochMs(from), timeZone)}_${dateInZone(toEpochMs(to) - 1, timeZone)}.${format}`;
}

function createWorker(): Worker {
  return new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
}

export default function MetricsTool({ lang, messages, samples, base }: MetricsToolProps) {
  const t = useMemo(() => metricsTranslate(messages, lang), [messages, lang]);
  const worker = useRef<Worker | null>(null);
  const nextId = useRef(1);
  const runId = useRef(0);
  const hasInput = useRef(false);
  const inputName = useRef('');
  // The user's answers to the worker's questions, sent with every run of the same input.
  const columnsRef = useRef<ColumnMapping | null>(null);
  const dateOrderRef = useRef<DateOrder | null>(null);

  const [clock, setClock] = useState<{ nowMs: number; fixed: boolean; ignored?: string } | null>(null);
  const [timeZone, setTimeZone] = useState('UTC');
  const [choice, setChoice] = useState<WindowChoice>({ kind: 'days', days: 30 });
  const [custom, setCustom] = useState({ fromDate: '', toDate: '' });
  const [sources, setSources] = useState<{ id: string; label: string }[]>([]);
  const [detection, setDetection] = useState<{ detected: string | null; used: string | null } | null>(null);
  const [source, setSource] = useState<string | null>(null);
  const [defaults, setDefaults] = useState<Mapping | null>(null);
  const [severities, setSeverities] = useState<SeverityId[]>([]);
  const [mapping, setMapping] = useState<Mapping | null>(null);
  const [pasted, setPasted] = useState('');
  const [dragging, setDragging] = useState(false);
  const [busy, setBusy] = useState<{ stage: Stage; fraction: number } | null>(null);
  const progressBlock = useRef<HTMLDivElement>(null);
  const working = busy !== null;
  // A file chosen at the top of the form: its progress and the Cancel button come into view.
  useEffect(() => {
    if (working) progressBlock.current?.scrollIntoView({ block: 'nearest', behavior: 'instant' });
  }, [working]);
  const [run, setRun] = useState<RunResult | null>(null);
  const [table, setTable] = useState<TablePage | null>(null);
  const [sort, setSort] = useState<SortOrder>(DEFAULT_SORT);
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  const [question, setQuestion] = useState<Question | null>(null);
  const [dateOrderChoice, setDateOrderChoice] = useState<DateOrder>('dmy');
  const [filters, setFilters] = useState<MetricsFilters>(NO_FILTERS);
  const [workingHours, setWorkingHours] = useState<WorkingHours>(DEFAULT_WORKING_HOURS);
  const runRef = useRef<RunResult | null>(null);
  const zoneRef = useRef('UTC');

  const handleMessage = useCallback(
    (event: MessageEvent<FromWorker>) => {
      const msg = event.data;
      switch (msg.type) {
        case 'defaults':
          setSources(msg.sources);
          setDefaults(msg.mapping);
          setSeverities(msg.severities);
          setMapping((current) => current ?? msg.mapping);
          return;
        case 'progress':
          if (msg.id === runId.current) setBusy({ stage: msg.stage, fraction: msg.fraction });
          return;
        case 'result':
          if (msg.id !== runId.current) return;
          setBusy(null);
          setRun(msg);
          runRef.current = msg;
          setQuestion(null);
          setTable(msg.table);
          setDetection({ detected: msg.detected, used: msg.source });
          setError('');
          setStatus(
            t('metrics.stageDone', {
              kept: t('metrics.stageKept', { count: msg.kept }),
              rejected: t('metrics.stageRejected', { count: msg.rejectedCount }),
              inWindow: msg.result.incidents.inWindow,
            }),
          );
          return;
        case 'page':
          setTable(msg);
          return;
        case 'export':
          downloadFile(
            runRef.current ? downloadName(runRef.current, zoneRef.current, msg.format) : `incident-metrics.${msg.format}`,
            msg.text,
            msg.format === 'csv' ? 'text/csv' : 'application/json',
          );
          return;
        case 'error':
          if (msg.id !== runId.current && msg.id !== 0) return;
          setBusy(null);
          setStatus('');
          // Results of an earlier input would read as if they belonged to the one that failed.
          setRun(null);
          runRef.current = null;
          setTable(null);
          if (msg.detected !== undefined) setDetection({ detected: msg.detected, used: null });
          setQuestion(msg.question ?? null);
          // A file shaped like one the user mapped before is read with that mapping straight away.
          if (msg.question?.columns && !columnsRef.current) {
            const remembered = rememberedColumns(msg.question.columns.names);
            if (remembered) {
              columnsRef.current = remembered;
              postRef.current();
              return;
            }
          }
          setError(
            msg.status
              ? t('metrics.sampleFailed', { name: inputName.current, status: msg.status })
              : t('metrics.loadFailed', { message: msg.message }),
          );
          return;
      }
    },
    [t],
  );

  const startWorker = useCallback(() => {
    const w = createWorker();
    w.onerror = (e) => {
      setBusy(null);
      setError(t('metrics.workerFailed', { message: e.message }));
    };
    worker.current = w;
    w.postMessage({ type: 'defaults', id: 0 } satisfies ToWorker);
    return w;
  }, [t]);

  // Browser-only facts (clock, zone, ?now=) are read after hydration so the server HTML stays stable.
  useEffect(() => {
    const now = nowFromSearch(location.search, Date.now());
    const tz = browserZone();
    // eslint-disable-next-line react-hooks/set-state-in-effect -- browser facts exist only after hydration
    setClock(now);
    setTimeZone(tz);
    setCustom({ fromDate: dateInZone(now.nowMs - 29 * DAY_MS, tz), toDate: dateInZone(now.nowMs, tz) });
    const w = startWorker();
    return () => w.terminate();
  }, [startWorker]);

  useEffect(() => {
    if (worker.current) worker.current.onmessage = handleMessage;
  }, [handleMessage]);

  const windowResult = useMemo(
    () => (clock ? windowOptions(choice.kind === 'days' ? choice : { kind: 'custom', ...custom }, clock.nowMs, timeZone) : null),
    [choice, custom, clock, timeZone],
  );

  const post = useCallback(
    (input?: InputSpec) => {
      if (!worker.current || !windowResult || !mapping) return;
      if (!windowResult.ok) {
        setError(t(WINDOW_PROBLEM_KEYS[windowResult.problem]));
        return;
      }
      const id = nextId.current++;
      runId.current = id;
      if (input) {
        inputName.current = input.kind === 'file' ? input.file.name : input.name;
        // A new file is asked its own questions.
        columnsRef.current = null;
        dateOrderRef.current = null;
        setQuestion(null);
        // Another file names other services and teams: its results start unfiltered.
        setFilters(NO_FILTERS);
      }
      setError('');
      setBusy({ stage: input ? 'read' : 'compute', fraction: 0 });
      setStatus(t(STAGE_KEYS[input ? 'read' : 'compute']));
      worker.current.postMessage({
        type: 'run',
        id,
        ...(input ? { input } : {}),
        source,
        mapping,
        window: windowResult.options,
        lang,
        sort,
        pageSize: PAGE_SIZE,
        columns: columnsRef.current,
        dateOrder: dateOrderRef.current,
        filters: input ? NO_FILTERS : filters,
        workingHours,
      } satisfies ToWorker);
      hasInput.current = true;
    },
    [windowResult, mapping, source, lang, sort, t, filters, workingHours],
  );

  // A change of window, zone, source or mapping recomputes from the input the worker already holds.
  const postRef = useRef(post);
  postRef.current = post;
  zoneRef.current = timeZone;
  useEffect(() => {
    if (hasInput.current) postRef.current();
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the window problem is shown when the window changes
    else if (windowResult && !windowResult.ok) setError(t(WINDOW_PROBLEM_KEYS[windowResult.problem]));
  }, [windowResult, mapping, source, t, filters, workingHours]);

  const cancel = () => {
    worker.current?.terminate();
    hasInput.current = false;
    runId.current = -1;
    setBusy(null);
    // The new worker holds no input, so earlier results could no longer follow the window controls.
    setRun(null);
    setTable(null);
    setStatus(t('metrics.cancelled'));
    startWorker().onmessage = handleMessage;
  };

  const loadFile = (file: File | undefined) => {
    if (file) post({ kind: 'file', file });
  };
  const onDrop = (e: DragEvent<HTMLDivElement>) => {
    e.preventDefault();
    setDragging(false);
    loadFile(e.dataTransfer?.files[0]);
  };
  const loadPasted = () => {
    if (!pasted.trim()) {
      setError(t('metrics.pasteEmpty'));
      return;
    }
    post({ kind: 'text', text: pasted, name: '' });
  };
  const loadSample = (name: string) => {
    const url = new URL(`${base.replace(/\/?$/, '/')}samples/${name}`, location.href).href;
    post({ kind: 'url', url, name });
  };

  const requestPage = (nextSort: SortOrder, page: number) => {
    setSort(nextSort);
    worker.current?.postMessage({
      type: 'page',
      id: nextId.current++,
      sort: nextSort,
      page,
      pageSize: PAGE_SIZE,
    } satisfies ToWorker);
  };

  const copyReport = async () => {
    if (!run) return;
    setStatus((await copyText(run.report)) ? t('metrics.copied') : t('metrics.copyFailed'));
  };

  const sourceName = (id: string) => sources.find((s) => s.id === id)?.label ?? id;
  // Importing is most of the work (0–80 %), computing the rest; reading the file into memory reports
  // nothing, so that stage shows an indeterminate bar rather than a number that would stand still.
  const progressValue =
    !busy || busy.stage === 'read' ? undefined : busy.stage === 'import' ? 0.8 * busy.fraction : 0.8 + 0.2 * busy.fraction;

  return (
    <div className="mt">
      <p className="mt-privacy" data-privacy>
        <svg aria-hidden="true" width="18" height="18" viewBox="0 0 24 24">
          <path
            fill="currentColor"
            d="M12 1 3 5v6c0 5.5 3.8 10.7 9 12 5.2-1.3 9-6.5 9-12V5l-9-4Zm0 6a3 3 0 0 1 3 3v1h1v6H8v-6h1v-1a3 3 0 0 1 3-3Zm0 2a1 1 0 0 0-1 1v1h2v-1a1 1 0 0 0-1-1Z"
          />
        </svg>
        {t('metrics.privacy')}
      </p>

      <section aria-labelledby="mt-data-heading">
        <h2 id="mt-data-heading">{t('metrics.dataHeading')}</h2>
        <div
          className={`mt-drop${dragging ? ' mt-dragging' : ''}`}
          onDragOver={(e) => {
            e.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={onDrop}
        >
          <label htmlFor="mt-file">{t('metrics.dropHere')}</label>
          <input
            id="mt-file"
            type="file"
            accept=".csv,.json,.txt,text/csv,application/json"
            onChange={(e) => loadFile(e.currentTarget.files?.[0])}
          />
        </div>

        <TextArea
          id="mt-paste"
          className="mt-block-label"
          label={t('metrics.pasteLabel')}
          rows={5}
          value={pasted}
          onChange={setPasted}
          spellcheck={false}
        />
        <button type="button" onClick={loadPasted}>
          {t('metrics.pasteButton')}
        </button>

        {samples.length > 0 && (
          <div className="mt-samples" role="group" aria-labelledby="mt-samples-heading">
            <h3 id="mt-samples-heading">{t('metrics.samplesHeading')}</h3>
            <p className="mt-hint">{t('metrics.samplesHint')}</p>
            <ul>
              {samples.map((name) => (
                <li key={name}>
                  <button type="button" data-sample={name} onClick={() => loadSample(name)}>
                    {name}
                  </button>
                </li>
              ))}
            </ul>
          </div>
        )}

        <div className="mt-source">
          <Select
            id="mt-source"
            label={t('metrics.sourceLabel')}
            value={source ?? ''}
            options={[{ value: '', label: t('metrics.sourceAuto') }, ...sources.map((s) => ({ value: s.id, label: s.label }))]}
            onChange={(value) => setSource(value || null)}
          />
          {detection && (
            <p data-detected={detection.detected ?? ''} data-source={detection.used ?? ''}>
              {source && detection.used
                ? t('metrics.sourceChosen', { source: sourceName(detection.used) })
                : detection.detected
                  ? t('metrics.detectedAs', { source: sourceName(detection.detected) })
                  : t('metrics.detectedUnknown')}
            </p>
          )}
        </div>
        {mapping && defaults && (
          <MappingEditor
            mapping={mapping}
            defaults={defaults}
            severities={severities}
            onChange={setMapping}
            onReset={() => setMapping(defaults)}
            t={t}
          />
        )}
      </section>

      <section aria-labelledby="mt-window-heading">
        <h2 id="mt-window-heading">{t('metrics.windowHeading')}</h2>
        <fieldset className="mt-window-choice">
          <legend>{t('metrics.windowLegend')}</legend>
          {PRESET_DAYS.map((days) => (
            <label key={days}>
              <input
                type="radio"
                name="mt-window"
                value={days}
                checked={choice.kind === 'days' && choice.days === days}
                onChange={() => setChoice({ kind: 'days', days: days as PresetDays })}
              />
              {t('metrics.lastDays', { count: days })}
            </label>
          ))}
          <label>
            <input
              type="radio"
              name="mt-window"
              value="custom"
              checked={choice.kind === 'custom'}
              onChange={() => setChoice({ kind: 'custom', ...custom })}
            />
            {t('metrics.custom')}
          </label>
        </fieldset>
        {choice.kind === 'custom' && (
          <div className="mt-custom">
            <TextField
              id="mt-from"
              type="date"
              label={t('metrics.customFrom')}
              value={custom.fromDate}
              onChange={(fromDate) => setCustom({ ...custom, fromDate })}
            />
            <TextField
              id="mt-to"
              type="date"
              label={t('metrics.customTo')}
              value={custom.toDate}
              onChange={(toDate) => setCustom({ ...custom, toDate })}
            />
          </div>
        )}
        <div className="mt-zone">
          <ZoneSelect
            id="mt-zone"
            label={t('metrics.timeZone')}
            hint={t('metrics.timeZoneHint')}
            value={timeZone}
            list={timeZoneChoices}
            onChange={setTimeZone}
          />
          <span className="mt-offset">{clock ? zoneOffsetLabel(clock.nowMs, timeZone) : ''}</span>
        </div>
        {clock?.fixed && (
          <p className="mt-hint" data-now-fixed>
            {t('metrics.nowFixed', { now: formatInstant(clock.nowMs, timeZone) })}
          </p>
        )}
        {clock?.ignored !== undefined && (
          <p className="mt-error" role="alert">
            {t('metrics.nowIgnored', { value: clock.ignored })}
          </p>
        )}
      </section>

      <div className="mt-live">
        <p role="status" aria-live="polite" data-status>
          {status}
        </p>
        <p role="alert" data-error className="mt-error">
          {error}
        </p>
      </div>

      {question?.columns && (
        <ColumnMapper
          key={question.columns.names.join('\u0000')}
          names={question.columns.names}
          samples={question.columns.samples}
          initial={rememberedColumns(question.columns.names)}
          onApply={(columns) => {
            columnsRef.current = columns;
            post();
          }}
          t={t}
        />
      )}
      {question?.dateOrder && (
        <section className="mt-columns" aria-labelledby="mt-date-order-heading" data-date-order>
          <h3 id="mt-date-order-heading">{t('metrics.dateOrderHeading')}</h3>
          <p className="mt-hint">{t('metrics.dateOrderHint', { fields: question.dateOrder })}</p>
          <Select<DateOrder>
            id="mt-date-order"
            label={t('metrics.dateOrderHeading')}
            value={dateOrderChoice}
            options={[
              { value: 'dmy', label: t('metrics.dateOrder_dmy') },
              { value: 'mdy', label: t('metrics.dateOrder_mdy') },
            ]}
            onChange={setDateOrderChoice}
          />
          <button
            type="button"
            onClick={() => {
              dateOrderRef.current = dateOrderChoice;
              post();
            }}
          >
            {t('metrics.dateOrderApply')}
          </button>
        </section>
      )}
      {run && (run.naiveTimes > 0 || run.columns) && (
        <div className="mt-reading">
          {run.naiveTimes > 0 && (
            <p data-naive-times={run.naiveTimes}>{t('metrics.naiveTimes', { count: run.naiveTimes, zone: run.zone })}</p>
          )}
          {run.columns && <p data-columns-used>{t('metrics.columnsUsed', { columns: formatColumnMapping(run.columns) })}</p>}
        </div>
      )}

      {busy && (
        <div className="mt-progress" ref={progressBlock}>
          <label htmlFor="mt-progress">{t(STAGE_KEYS[busy.stage])}</label>
          <progress id="mt-progress" max={1} value={progressValue} />
          <button type="button" onClick={cancel}>
            {t('metrics.cancel')}
          </button>
        </div>
      )}

      {run && table && (
        <Results
          run={run}
          table={table}
          lang={lang}
          t={t}
          timeZone={timeZone}
          filters={filters}
          onFilters={setFilters}
          workingHours={workingHours}
          onWorkingHours={setWorkingHours}
          onSort={(next) => requestPage(next, 0)}
          onPage={(page) => requestPage(sort, page)}
          onExport={(format) => worker.current?.postMessage({ type: 'export', id: nextId.current++, format } satisfies ToWorker)}
          onCopy={copyReport}
        />
      )}
    </div>
  );
}
