// The names of the incident's own vocabulary (statuses, milestones, action-item types, statuses and
// warnings) in a language. Templates, CLIs and islands all name things through these, so a status or a
// milestone is called the same everywhere; each table lists its keys literally, so the dictionary test
// can tell a used key from a forgotten one.
import { incidentTranslate } from './i18n/incident.ts';
import type { Lang } from './i18n/locales.ts';
import type { ActionItem, Milestone, Status } from './schema.ts';

const STATUS_KEYS: Readonly<Record<Status, string>> = {
  investigating: 'incident.status.investigating',
  identified: 'incident.status.identified',
  monitoring: 'incident.status.monitoring',
  resolved: 'incident.status.resolved',
};

const MILESTONE_KEYS: Readonly<Record<Milestone, string>> = {
  impactStarted: 'incident.milestone.impactStarted',
  detected: 'incident.milestone.detected',
  declared: 'incident.milestone.declared',
  acknowledged: 'incident.milestone.acknowledged',
  identified: 'incident.milestone.identified',
  mitigated: 'incident.milestone.mitigated',
  resolved: 'incident.milestone.resolved',
  closed: 'incident.milestone.closed',
};

const ACTION_TYPE_KEYS: Readonly<Record<ActionItem['type'], string>> = {
  mitigate: 'incident.actionType.mitigate',
  prevent: 'incident.actionType.prevent',
  detect: 'incident.actionType.detect',
  process: 'incident.actionType.process',
};

const ACTION_STATUS_KEYS: Readonly<Record<ActionItem['status'], string>> = {
  todo: 'incident.actionStatus.todo',
  done: 'incident.actionStatus.done',
};

/** What an action item still lacks (see actionItemWarnings in incident-checks.ts). */
export type ActionItemWarning = 'missing-owner' | 'missing-due';

const ACTION_WARNING_KEYS: Readonly<Record<ActionItemWarning, string>> = {
  'missing-owner': 'incident.actionWarning.missing-owner',
  'missing-due': 'incident.actionWarning.missing-due',
};

export function statusLabel(status: Status, lang: Lang): string {
  return incidentTranslate(lang)(STATUS_KEYS[status]);
}

export function milestoneLabel(milestone: Milestone, lang: Lang): string {
  return incidentTranslate(lang)(MILESTONE_KEYS[milestone]);
}

export function actionTypeLabel(type: ActionItem['type'], lang: Lang): string {
  return incidentTranslate(lang)(ACTION_TYPE_KEYS[type]);
}

export function actionStatusLabel(status: ActionItem['status'], lang: Lang): string {
  return incidentTranslate(lang)(ACTION_STATUS_KEYS[status]);
}

export function actionWarningLabel(warning: ActionItemWarning, lang: Lang): string {
  return incidentTranslate(lang)(ACTION_WARNING_KEYS[warning]);
}
