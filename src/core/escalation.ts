// Escalation: who has been notified by minute t of an incident, and the policy as a Mermaid diagram.
import { escalationTranslate } from './i18n/escalation.ts';
import type { EscalationPolicy, EscalationStep, Lang } from './schema.ts';

/** The steps whose time has come by `minute` (minutes since the incident was declared/paged). */
export function notifiedAt(policy: EscalationPolicy, minute: number): EscalationStep[] {
  if (!Number.isFinite(minute)) return [];
  return policy.steps.filter((step) => step.afterMinutes <= minute);
}

/** What the step does, as a label: "Page Team lead", "Notify On-call engineer via Slack". */
export function escalationStepLabel(step: EscalationStep, lang: Lang): string {
  const t = escalationTranslate(lang);
  const what = t(`escalation.policy.${step.action}`, { target: step.target[lang] });
  return step.channel ? t('escalation.policy.via', { step: what, channel: step.channel }) : what;
}

function whenLabel(afterMinutes: number, lang: Lang): string {
  const t = escalationTranslate(lang);
  return afterMinutes === 0 ? t('escalation.policy.immediately') : t('escalation.policy.after', { count: afterMinutes });
}

/**
 * Text as a quoted Mermaid label. Characters that end a label in some renderer are swapped for
 * look-alikes that read the same (`"` -> `'`, `[ ]` -> `( )`, `|` -> `/`) rather than Mermaid's
 * `#quot;` codes, which the build-time renderer prints literally; `#name;` would be read as an
 * entity code, so its `#` is written as the `#35;` code.
 */
export function mermaidLabel(text: string): string {
  const clean = text
    .replace(/[\r\n\u2028\u2029]+/g, ' ')
    .replace(/"/g, "'")
    .replace(/\[/g, '(')
    .replace(/]/g, ')')
    .replace(/\|/g, '/')
    .replace(/#(?=\w+;)/g, '#35;');
  return `"${clean}"`;
}

/** `flowchart LR` source: the declaration, then each step, edges labelled with when it happens. */
export function escalationMermaid(policy: EscalationPolicy, lang: Lang): string {
  const start = escalationTranslate(lang)('escalation.policy.declared', { severity: policy.severity });
  const lines = ['flowchart LR', `  declared([${mermaidLabel(start)}])`];
  policy.steps.forEach((step, i) => {
    lines.push(`  step${i}[${mermaidLabel(escalationStepLabel(step, lang))}]`);
  });
  policy.steps.forEach((step, i) => {
    const from = i === 0 ? 'declared' : `step${i - 1}`;
    lines.push(`  ${from} -->|${mermaidLabel(whenLabel(step.afterMinutes, lang))}| step${i}`);
  });
  return `${lines.join('\n')}\n`;
}
