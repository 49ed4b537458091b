// Escalation: who has been notified by minute t of an incident, and the policy as a Mermaid diagram.
import type { EscalationPolicy, EscalationStep, Lang } from './schema.ts';

/** The steps whose time has come by `minute` (minutes since the incident was declared/paged). */
export function notifiedAt(policy: EscalationPolicy, minute: number): EscalationStep[] {
  if (!Number.isFinite(minute)) return [];
  return policy.steps.filter((step) => step.afterMinutes <= minute);
}

/** What the step does, as a label: "Page Team lead", "Notify On-call engineer via Slack". */
export function escalationStepLabel(step: EscalationStep, lang: Lang): string {
  const target = step.target[lang];
  const via = step.channel ? (lang === 'th' ? ` ผ่าน ${step.channel}` : ` via ${step.channel}`) : '';
  switch (step.action) {
    case 'page':
      return `Page ${target}${via}`; // Thai responders say "Page" too (the seed's Thai text does)
    case 'notify':
      return lang === 'th' ? `แจ้ง ${target}${via}` : `Notify ${target}${via}`;
    case 'ticket':
      return lang === 'th' ? `สร้าง Ticket: ${target}${via}` : `Create a ticket: ${target}${via}`;
  }
}

function whenLabel(afterMinutes: number, lang: Lang): string {
  if (afterMinutes === 0) return lang === 'th' ? 'ทันที' : 'immediately';
  return lang === 'th' ? `หลัง ${afterMinutes} นาที` : `after ${afterMinutes} min`;
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
  const start = lang === 'th' ? `ประกาศ ${policy.severity}` : `${policy.severity} declared`;
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
