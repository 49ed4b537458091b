// The review's rules as data: id, the level a finding of it has, and the handbook page that teaches the
// practice. The checks (check.ts), the messages (core/i18n/review.ts) and the "How the review works"
// page are all keyed by this list, so the page cannot drift from what the review does.
export const RULE_IDS = [
  'blame-language',
  'hindsight-language',
  'person-as-cause',
  'contributing-factors',
  'impact-number',
  'milestones',
  'acknowledge-time',
  'update-cadence',
  'action-item-fields',
  'prevent-or-detect',
  'vague-action',
  'past-due',
  'postmortem-required',
  'review-window',
  'status-page',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

export const LEVELS = ['problem', 'suggestion', 'good'] as const;
export type Level = (typeof LEVELS)[number];

export interface Rule {
  id: RuleId;
  /** The level of a finding when the rule is broken (some findings are milder, e.g. optional severities). */
  level: Exclude<Level, 'good'>;
  /** The handbook page that explains the practice, as a path inside one language (no prefix, no base). */
  page: string;
}

export const RULES: readonly Rule[] = [
  { id: 'blame-language', level: 'problem', page: 'postmortems/' },
  { id: 'hindsight-language', level: 'suggestion', page: 'postmortems/' },
  { id: 'person-as-cause', level: 'problem', page: 'postmortems/contributing-factors/' },
  { id: 'contributing-factors', level: 'suggestion', page: 'postmortems/contributing-factors/' },
  { id: 'impact-number', level: 'problem', page: 'postmortems/' },
  { id: 'milestones', level: 'problem', page: 'lifecycle/' },
  { id: 'acknowledge-time', level: 'suggestion', page: 'severity/' },
  { id: 'update-cadence', level: 'suggestion', page: 'communication/' },
  { id: 'action-item-fields', level: 'problem', page: 'postmortems/action-items/' },
  { id: 'prevent-or-detect', level: 'problem', page: 'postmortems/action-items/' },
  { id: 'vague-action', level: 'suggestion', page: 'postmortems/action-items/' },
  { id: 'past-due', level: 'suggestion', page: 'postmortems/action-items/' },
  { id: 'postmortem-required', level: 'problem', page: 'postmortems/process/' },
  { id: 'review-window', level: 'problem', page: 'postmortems/process/' },
  { id: 'status-page', level: 'problem', page: 'communication/status-page-and-wording/' },
];
