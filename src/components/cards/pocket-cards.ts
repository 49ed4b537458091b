// The pocket cards as plain data, built from the organisation data in one language: each card is a
// title and a list of entries (a label and its lines). The route lays them out four to an A4 sheet;
// because everything comes from content/data, an organisation's edits appear on its cards.
import type { Lang } from '../../core/i18n/locales.ts';
import type { Messages, Translate } from '../../core/i18n/translate.ts';
import { escalationStepLabel } from '../../core/escalation.ts';
import type { HandbookData } from '../../core/schema.ts';

export interface CardEntry {
  label: string;
  /** A severity rank shown as the coloured badge of the severity pages. */
  rank?: number;
  lines: string[];
}

export interface PocketCard {
  id: string;
  title: string;
  entries: CardEntry[];
  /** The data file the card is generated from. */
  source: string;
}

/** Roles per card: with three first actions each, more no longer fit an A6 card at a readable size. */
const ROLES_PER_CARD = 3;
const FIRST_ACTIONS = 3;
export const CARDS_PER_SHEET = 4;

export function pocketCards(data: HandbookData, lang: Lang, t: Translate<Messages>): PocketCard[] {
  const rankOf = new Map(data.severity.levels.map((level) => [level.id, level.rank]));
  const severity: PocketCard = {
    id: 'severity',
    title: t('cards.severityTitle'),
    source: 'content/data/severity.yaml',
    entries: data.severity.levels.map((level) => ({
      label: `${level.id} ${level.name[lang]}`,
      rank: level.rank,
      lines: [
        level.response[lang],
        t('cards.updates', {
          cadence:
            level.updateEveryMinutes === null
              ? t('site.noUpdates')
              : t('site.everyMinutes', { minutes: level.updateEveryMinutes }),
        }),
        ...(level.postmortemRequired ? [t('cards.postmortemRequired')] : []),
        ...(level.statusPage ? [t('cards.statusPageUpdate')] : []),
      ],
    })),
  };
  const escalation: PocketCard = {
    id: 'escalation',
    title: t('cards.escalationTitle'),
    source: 'content/data/escalation.yaml',
    entries: data.escalation.policies.map((policy) => ({
      label: policy.severity,
      rank: rankOf.get(policy.severity),
      lines: policy.steps.map(
        (step) =>
          `${step.afterMinutes === 0 ? t('site.escalationImmediately') : t('site.escalationAfter', { minutes: step.afterMinutes })}: ${escalationStepLabel(step, lang)}`,
      ),
    })),
  };
  const incident: PocketCard = {
    id: 'incident',
    title: t('cards.incidentTitle', { trigger: data.workflow.trigger }),
    source: 'content/data/workflow.yaml',
    entries: [
      { label: t('cards.channel', { pattern: data.workflow.channelPattern }), lines: [] },
      ...data.workflow.steps.map((step) => ({
        label: step.label[lang],
        lines: step.severities ? [t('cards.onlyFor', { severities: step.severities })] : [],
      })),
    ],
  };
  const comms: PocketCard = {
    id: 'comms',
    title: t('cards.commsTitle'),
    source: 'content/data/comms.yaml',
    entries: data.comms.templates.map((template) => ({ label: template.name[lang], lines: [template.text[lang]] })),
  };
  const roleGroups = chunk(data.roles.roles, ROLES_PER_CARD);
  const roles: PocketCard[] = roleGroups.map((group, i) => ({
    id: `roles-${i + 1}`,
    title: roleGroups.length === 1 ? t('cards.rolesTitle') : t('cards.rolesTitlePart', { part: i + 1, total: roleGroups.length }),
    source: 'content/data/roles.yaml',
    entries: group.map((role) => ({ label: role.name[lang], lines: role.responsibilities[lang].slice(0, FIRST_ACTIONS) })),
  }));
  return [severity, escalation, incident, comms, ...roles];
}

/** `items` in groups of `size`, in order (the last group may be shorter). */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
