// The /incident workflow: the Slack channel name for a declaration and the automation steps that
// apply to a severity (from content/data/workflow.yaml).
import type { Incident, SeverityId, Timestamp, WorkflowData, WorkflowStep } from './schema.ts';
import { localDate } from './time/index.ts';

/** Slack channel names: lowercase, at most 80 characters, only letters, digits, hyphens and underscores. */
export const SLACK_CHANNEL_MAX = 80;

function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '') // é -> e, so accented Latin titles keep their words
    .toLowerCase()
    .replace(/[^a-z0-9_]+/g, '-')
    .replace(/^[-_]+|[-_]+$/g, '');
}

/**
 * `#inc-YYYY-MM-DD-title`, dated in the declaration's own UTC offset. A title without Latin letters
 * (a Thai one, say) would slug to nothing useful, so the incident id names the channel instead.
 */
export function channelName(incident: Pick<Incident, 'id' | 'title'> & { declaredAt: Timestamp }): string {
  const prefix = `inc-${localDate(incident.declaredAt)}-`;
  const fromTitle = slug(incident.title);
  const name = /[a-z]/.test(fromTitle) ? fromTitle : slug(incident.id) || 'incident';
  const trimmed = `${prefix}${name}`.slice(0, SLACK_CHANNEL_MAX).replace(/[-_]+$/, '');
  return `#${trimmed}`;
}

/** The workflow steps that run for a severity, in the data's order. */
export function automationSteps(workflow: WorkflowData, severity: SeverityId): WorkflowStep[] {
  return workflow.steps.filter((step) => !step.severities || step.severities.includes(severity));
}
