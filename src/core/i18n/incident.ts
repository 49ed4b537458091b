// The incident core's own vocabulary (statuses, milestones, action items, placeholders) and the
// messages of the incident reader, in every supported language. The post-mortem templates, the CLIs
// and the browser tools all render these through `incidentTranslate`, so a status or a milestone is
// called the same thing everywhere. Role names are not here: they come from content/data/roles.yaml.
import { defineDictionary } from './translate.ts';
import { translator } from './translate.ts';

export const INCIDENT_DICTIONARY = defineDictionary(
  {
    'incident.status.investigating': 'Investigating',
    'incident.status.identified': 'Identified',
    'incident.status.monitoring': 'Monitoring',
    'incident.status.resolved': 'Resolved',
    'incident.milestone.impactStarted': 'Impact started',
    'incident.milestone.detected': 'Detected',
    'incident.milestone.declared': 'Declared',
    'incident.milestone.acknowledged': 'Acknowledged',
    'incident.milestone.identified': 'Cause identified',
    'incident.milestone.mitigated': 'Mitigated',
    'incident.milestone.resolved': 'Resolved',
    'incident.milestone.closed': 'Closed',
    'incident.actionType.mitigate': 'Mitigate',
    'incident.actionType.prevent': 'Prevent',
    'incident.actionType.detect': 'Detect',
    'incident.actionType.process': 'Process',
    'incident.actionStatus.todo': 'To do',
    'incident.actionStatus.done': 'Done',
    'incident.actionWarning.missing-owner': 'No owner: every action item needs one',
    'incident.actionWarning.missing-due': 'No due date: every action item needs one',
    /** What a template prints for a field nobody has filled in yet (the seed prints `TBD`). */
    'incident.tbd': 'TBD',
    'incident.minutes': { one: '{count} minute', other: '{count} minutes' },
    'incident.severityNamed': '{id} ({name})',
    'incident.order':
      '{later} ({laterTime}) is before {earlier} ({earlierTime}); {laterLabel} cannot happen before {earlierLabel}',
    'incident.parse.topLevel': 'must be a JSON object describing one incident, got {got}',
    'incident.parse.newerVersion': '{version} is newer than this tool understands ({supported}); update the handbook',
    'incident.parse.wrongVersion': 'must be {supported}, got {got}',
    'incident.parse.noOffset': '{time} has no UTC offset; add one such as +07:00 or Z',
    'incident.parse.dateTime': 'must be an ISO 8601 date-time with a UTC offset, e.g. 2026-11-27T10:02:00+07:00 (got {got})',
    'incident.parse.date': 'must be a date like 2026-12-04 or empty (got {got})',
    'incident.parse.incidentId': 'must look like INC-0001',
    'incident.parse.null': 'null',
    'incident.parse.array': 'an array',
    'incident.parse.string': 'the string {text}',
    'incident.parse.other': '{type} {text}',
  },
  {
    'incident.status.investigating': 'กำลังตรวจสอบ',
    'incident.status.identified': 'พบสาเหตุแล้ว',
    'incident.status.monitoring': 'กำลังเฝ้าติดตาม',
    'incident.status.resolved': 'แก้ไขแล้ว',
    'incident.milestone.impactStarted': 'เริ่มเกิดผลกระทบ',
    'incident.milestone.detected': 'ตรวจพบ',
    'incident.milestone.declared': 'ประกาศ Incident',
    'incident.milestone.acknowledged': 'รับทราบ (Acknowledged)',
    'incident.milestone.identified': 'พบสาเหตุ',
    'incident.milestone.mitigated': 'บรรเทาผลกระทบแล้ว',
    'incident.milestone.resolved': 'แก้ไขแล้ว',
    'incident.milestone.closed': 'ปิด Incident',
    'incident.actionType.mitigate': 'บรรเทา',
    'incident.actionType.prevent': 'ป้องกัน',
    'incident.actionType.detect': 'ตรวจจับ',
    'incident.actionType.process': 'กระบวนการ',
    'incident.actionStatus.todo': 'ยังไม่เสร็จ',
    'incident.actionStatus.done': 'เสร็จแล้ว',
    'incident.actionWarning.missing-owner': 'ยังไม่มีผู้รับผิดชอบ: ทุก Action Item ต้องมี Owner',
    'incident.actionWarning.missing-due': 'ยังไม่มีกำหนดเสร็จ: ทุก Action Item ต้องมี Deadline',
    'incident.tbd': 'รอระบุ',
    'incident.minutes': { other: '{count} นาที' },
    'incident.severityNamed': '{id} ({name})',
    'incident.order':
      '{later} {laterLabel} ({laterTime}) อยู่ก่อน {earlier} {earlierLabel} ({earlierTime}); {laterLabel} ต้องไม่เกิดก่อน {earlierLabel}',
    'incident.parse.topLevel': 'ต้องเป็นออบเจกต์ JSON ที่อธิบาย incident หนึ่งรายการ แต่ได้ {got}',
    'incident.parse.newerVersion': '{version} ใหม่กว่าที่เครื่องมือนี้รองรับ ({supported}) โปรดอัปเดต handbook',
    'incident.parse.wrongVersion': 'ต้องเป็น {supported} แต่ได้ {got}',
    'incident.parse.noOffset': '{time} ไม่มี UTC offset โปรดเติม เช่น +07:00 หรือ Z',
    'incident.parse.dateTime': 'ต้องเป็นวันเวลาแบบ ISO 8601 ที่มี UTC offset เช่น 2026-11-27T10:02:00+07:00 (ได้ {got})',
    'incident.parse.date': 'ต้องเป็นวันที่แบบ 2026-12-04 หรือเว้นว่าง (ได้ {got})',
    'incident.parse.incidentId': 'ต้องอยู่ในรูปแบบ INC-0001',
    'incident.parse.null': 'null',
    'incident.parse.array': 'อาร์เรย์',
    'incident.parse.string': 'ข้อความ {text}',
    'incident.parse.other': '{type} {text}',
  },
);

/** `t()` over the incident vocabulary only. */
export const incidentTranslate = translator(INCIDENT_DICTIONARY);
