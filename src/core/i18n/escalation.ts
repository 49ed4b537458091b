// Escalation policy text: what a step does and when (the policy list and its flowchart).
import { defineDictionary } from './translate.ts';
import { translator } from './translate.ts';

export const ESCALATION_DICTIONARY = defineDictionary(
  {
    'escalation.policy.via': '{step} via {channel}',
    // Thai responders say "Page" too (the seed's Thai text does).
    'escalation.policy.page': 'Page {target}',
    'escalation.policy.notify': 'Notify {target}',
    'escalation.policy.ticket': 'Create a ticket: {target}',
    'escalation.policy.immediately': 'immediately',
    'escalation.policy.after': 'after {count} min',
    'escalation.policy.declared': '{severity} declared',
  },
  {
    'escalation.policy.via': '{step} ผ่าน {channel}',
    'escalation.policy.page': 'Page {target}',
    'escalation.policy.notify': 'แจ้ง {target}',
    'escalation.policy.ticket': 'สร้าง Ticket: {target}',
    'escalation.policy.immediately': 'ทันที',
    'escalation.policy.after': 'หลัง {count} นาที',
    'escalation.policy.declared': 'ประกาศ {severity}',
  },
);

export const escalationTranslate = translator(ESCALATION_DICTIONARY);
