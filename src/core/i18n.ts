// Labels for the incident core's own vocabulary, in every supported language. The post-mortem
// templates, the CLIs and the browser tools all use these, so a status or milestone is called the
// same thing everywhere.
import type {
  ActionItem,
  Lang,
  Localized,
  Milestone,
  RoleId,
  SeverityId,
  SeverityLevel,
  Status,
} from './schema.ts';

export type ActionItemWarning = 'missing-owner' | 'missing-due';

export function pick(text: Localized, lang: Lang): string {
  return text[lang];
}

export const STATUS_LABELS: Record<Status, Localized> = {
  investigating: { en: 'Investigating', th: 'กำลังตรวจสอบ' },
  identified: { en: 'Identified', th: 'พบสาเหตุแล้ว' },
  monitoring: { en: 'Monitoring', th: 'กำลังเฝ้าติดตาม' },
  resolved: { en: 'Resolved', th: 'แก้ไขแล้ว' },
};

export const MILESTONE_LABELS: Record<Milestone, Localized> = {
  impactStarted: { en: 'Impact started', th: 'เริ่มเกิดผลกระทบ' },
  detected: { en: 'Detected', th: 'ตรวจพบ' },
  declared: { en: 'Declared', th: 'ประกาศ Incident' },
  acknowledged: { en: 'Acknowledged', th: 'รับทราบ (Acknowledged)' },
  identified: { en: 'Cause identified', th: 'พบสาเหตุ' },
  mitigated: { en: 'Mitigated', th: 'บรรเทาผลกระทบแล้ว' },
  resolved: { en: 'Resolved', th: 'แก้ไขแล้ว' },
  closed: { en: 'Closed', th: 'ปิด Incident' },
};

export const ROLE_LABELS: Record<RoleId, Localized> = {
  incidentLead: { en: 'Incident lead', th: 'Incident Lead (ผู้นำการรับมือ)' },
  communicationsLead: { en: 'Communications lead', th: 'Communications Lead (ผู้ดูแลการสื่อสาร)' },
  technicalLead: { en: 'Technical lead', th: 'Technical Lead (ผู้นำด้านเทคนิค)' },
  scribe: { en: 'Scribe', th: 'Scribe (ผู้จดบันทึก)' },
};

export const ACTION_TYPE_LABELS: Record<ActionItem['type'], Localized> = {
  mitigate: { en: 'Mitigate', th: 'บรรเทา' },
  prevent: { en: 'Prevent', th: 'ป้องกัน' },
  detect: { en: 'Detect', th: 'ตรวจจับ' },
  process: { en: 'Process', th: 'กระบวนการ' },
};

export const ACTION_STATUS_LABELS: Record<ActionItem['status'], Localized> = {
  todo: { en: 'To do', th: 'ยังไม่เสร็จ' },
  done: { en: 'Done', th: 'เสร็จแล้ว' },
};

export const ACTION_WARNING_LABELS: Record<ActionItemWarning, Localized> = {
  'missing-owner': { en: 'No owner: every action item needs one', th: 'ยังไม่มีผู้รับผิดชอบ: ทุก Action Item ต้องมี Owner' },
  'missing-due': { en: 'No due date: every action item needs one', th: 'ยังไม่มีกำหนดเสร็จ: ทุก Action Item ต้องมี Deadline' },
};

/** What a template prints for a field nobody has filled in yet (the seed prints `TBD`). */
export const TBD: Localized = { en: 'TBD', th: 'รอระบุ' };

export function minutesLabel(minutes: number, lang: Lang): string {
  return lang === 'th' ? `${minutes} นาที` : `${minutes} minutes`;
}

/** `SEV2` alone, or `SEV2 (Major)` when the severity data is at hand. */
export function severityLabel(id: SeverityId, lang: Lang, levels?: readonly SeverityLevel[]): string {
  const level = levels?.find((l) => l.id === id);
  return level ? `${id} (${level.name[lang]})` : id;
}
