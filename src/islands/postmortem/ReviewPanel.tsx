// The review panel beside the preview: a summary count, then each problem and suggestion with a link
// that focuses the field it concerns, why it matters and the handbook page on the practice; the rules
// that pass are folded away. Loaded lazily (lazy() in Export.tsx), with the review itself.
import { useId } from 'react';
import { LOCALES } from '../../core/i18n/locales.ts';
import { milestoneLabel } from '../../core/labels.ts';
import type { Milestone } from '../../core/schema.ts';
import type { ReviewFinding } from '../../core/review/index.ts';
import type { PostmortemKey, PostmortemT } from './i18n.ts';
import type { ReviewState } from './useReview.ts';
import './ReviewPanel.css';

interface ReviewPanelProps {
  t: PostmortemT;
  lang: 'en' | 'th';
  review: ReviewState;
}

const LEVEL_KEYS = {
  problem: 'postmortem.review.level.problem',
  suggestion: 'postmortem.review.level.suggestion',
  good: 'postmortem.review.level.good',
} as const satisfies Record<ReviewFinding['level'], PostmortemKey>;

/** Editor fields by the name the review reports them with; their labels are the editor's own. */
const FIELD_KEYS: Readonly<Record<string, PostmortemKey>> = {
  summary: 'postmortem.summary',
  impact: 'postmortem.impact',
  rootCause: 'postmortem.rootCause',
  trigger: 'postmortem.trigger',
  detection: 'postmortem.detection',
  resolution: 'postmortem.resolution',
  wentWell: 'postmortem.wentWell',
  wentWrong: 'postmortem.wentWrong',
  gotLucky: 'postmortem.gotLucky',
  timeline: 'postmortem.timeline',
  actionItems: 'postmortem.actionItems',
  task: 'postmortem.task',
  owner: 'postmortem.owner',
  due: 'postmortem.due',
  type: 'postmortem.type',
};

/** The order of an action item's controls (ActionItems.tsx): task, owner, priority, due, type, status. */
const ACTION_CONTROLS = ['task', 'owner', 'priority', 'due', 'type', 'status'];

/**
 * The editor control a finding's path points at. The editor sections are not this module's, so
 * this reads their markup: fields by name, action items and timeline entries by position.
 */
export function fieldElement(field: string, root: ParentNode = document): HTMLElement | null {
  const editor = root.querySelector('.pm-editor');
  if (!editor) return null;
  const action = /^actionItems\[(\d+)\]\.(\w+)$/.exec(field);
  if (action) {
    const row = editor.querySelectorAll('fieldset.pm-action')[Number(action[1])];
    return (
      (row?.querySelectorAll<HTMLElement>('input, select')[ACTION_CONTROLS.indexOf(action[2]!)] as HTMLElement | undefined) ??
      null
    );
  }
  const entry = /^timeline\[(\d+)\]$/.exec(field);
  if (entry) return editor.querySelectorAll('.pm-entries > li')[Number(entry[1])]?.querySelector('button') ?? null;
  if (field === 'timeline') return editor.querySelector('#pm-timeline-heading');
  if (field === 'actionItems') return editor.querySelector('#pm-actions-heading');
  const milestone = /^milestones\.(\w+)$/.exec(field);
  const name = milestone ? `milestone-${milestone[1]}` : field.replace(/\[\d+\]$/, '');
  return editor.querySelector(`[name="${CSS.escape(name)}"]`);
}

function fieldLabel(t: PostmortemT, lang: 'en' | 'th', field: string): string {
  const action = /^actionItems\[(\d+)\]\.(\w+)$/.exec(field);
  if (action)
    return `${t('postmortem.item', { n: Number(action[1]) + 1 })} · ${t(FIELD_KEYS[action[2]!] ?? 'postmortem.actionItems')}`;
  const entry = /^timeline\[(\d+)\]$/.exec(field);
  if (entry) return t('postmortem.review.entry', { n: Number(entry[1]) + 1 });
  const milestone = /^milestones\.(\w+)$/.exec(field);
  if (milestone) return milestoneLabel(milestone[1] as Milestone, lang);
  const key = FIELD_KEYS[field.replace(/\[\d+\]$/, '')];
  return key ? t(key) : field;
}

function focusField(field: string): void {
  const element = fieldElement(field);
  if (!element) return;
  element.focus();
  element.scrollIntoView?.({ block: 'center' });
}

function Finding({ t, lang, finding }: { t: PostmortemT; lang: 'en' | 'th'; finding: ReviewFinding }) {
  const href = `${import.meta.env.BASE_URL.replace(/\/$/, '')}${LOCALES[lang].prefix}/${finding.page}`;
  return (
    <li className={`pm-finding pm-finding-${finding.level}`} data-rule={finding.rule}>
      <span className="pm-finding-level">{t(LEVEL_KEYS[finding.level])}</span>{' '}
      {finding.field && (
        <>
          <button type="button" className="pm-finding-field" onClick={() => focusField(finding.field)}>
            {fieldLabel(t, lang, finding.field)}
          </button>
          {': '}
        </>
      )}
      {finding.message}
      {finding.level !== 'good' && (
        <details>
          <summary>{t('postmortem.review.why')}</summary>
          <p>
            {finding.why} <a href={href}>{t('postmortem.review.read')}</a>
          </p>
        </details>
      )}
    </li>
  );
}

export default function ReviewPanel({ t, lang, review }: ReviewPanelProps) {
  const includeId = useId();
  const findings = review.findings;
  const open = findings?.filter((f) => f.level !== 'good') ?? [];
  const good = findings?.filter((f) => f.level === 'good') ?? [];
  const count = (level: ReviewFinding['level']) => findings?.filter((f) => f.level === level).length ?? 0;
  return (
    <section className="pm-review" aria-labelledby="pm-review-heading">
      <h3 id="pm-review-heading">{t('postmortem.review.heading')}</h3>
      <p className="field-hint">
        {t('postmortem.review.intro')}{' '}
        <a href={`${import.meta.env.BASE_URL.replace(/\/$/, '')}${LOCALES[lang].prefix}/postmortems/review/`}>
          {t('postmortem.review.howItWorks')}
        </a>
      </p>
      {findings === null ? (
        <p>{t('postmortem.review.loading')}</p>
      ) : (
        <>
          <p className="pm-review-summary" data-testid="review-summary">
            {t('postmortem.review.summary', { problem: count('problem'), suggestion: count('suggestion'), good: count('good') })}
          </p>
          {open.length > 0 && (
            <ul className="pm-findings">
              {open.map((f, i) => (
                <Finding key={`${f.rule}|${f.field}|${i}`} t={t} lang={lang} finding={f} />
              ))}
            </ul>
          )}
          {good.length > 0 && (
            <details className="pm-review-good">
              <summary>{t('postmortem.review.passed', { count: good.length })}</summary>
              <ul className="pm-findings">
                {good.map((f) => (
                  <Finding key={f.rule} t={t} lang={lang} finding={f} />
                ))}
              </ul>
            </details>
          )}
        </>
      )}
      <div className="pm-review-include">
        <input
          id={includeId}
          type="checkbox"
          checked={review.include}
          onChange={(e) => review.setInclude(e.currentTarget.checked)}
        />
        <label htmlFor={includeId}>{t('postmortem.review.include')}</label>
      </div>
    </section>
  );
}
