// Every string the post-mortem tool shows, in English and Thai. The page passes the strings of its
// own language to the island as a prop, so the page's JavaScript carries one language, not both.
// Labels of the incident's own vocabulary (milestones, roles, statuses, action types) come from
// src/core/i18n.ts so the tool, the templates and the CLIs name things identically.
import type { Lang } from '../../core/schema.ts';

export interface Strings {
  privacy: string;
  loading: string;
  drafts: string;
  draftSelect: string;
  draftName: string;
  untitled: string;
  newEmpty: string;
  newExample: string;
  deleteDraft: string;
  undo: string;
  undoneNew: string;
  undoneDelete: string;
  createdDraft: string;
  deletedDraft: string;
  undid: string;
  savedAt: string;
  saveFailedQuota: string;
  saveFailed: string;
  restoreMigrated: string;
  restoreProblem: string;
  editor: string;
  incident: string;
  incidentId: string;
  title: string;
  severity: string;
  status: string;
  roles: string;
  narrative: string;
  summary: string;
  impact: string;
  rootCause: string;
  rootCauseHint: string;
  trigger: string;
  detection: string;
  resolution: string;
  supportingInfo: string;
  lessons: string;
  onePerLine: string;
  wentWell: string;
  wentWrong: string;
  gotLucky: string;
  milestones: string;
  timeZone: string;
  timeZoneHint: string;
  clear: string;
  timeline: string;
  time: string;
  author: string;
  text: string;
  kind: string;
  kindNames: Record<'milestone' | 'status' | 'note' | 'action', string>;
  addEntry: string;
  edit: string;
  save: string;
  cancel: string;
  delete: string;
  noEntries: string;
  entryNeedsTime: string;
  entryNeedsText: string;
  entryAdded: string;
  entryDeleted: string;
  pasteChat: string;
  pasteChatHint: string;
  chatLines: string;
  chatDate: string;
  importChat: string;
  chatImported: string;
  chatUnread: string;
  line: string;
  unreadReasons: Record<'unrecognised' | 'bad-time' | 'no-message', string>;
  actionItems: string;
  task: string;
  owner: string;
  priority: string;
  due: string;
  type: string;
  itemStatus: string;
  addItem: string;
  noItems: string;
  emptyTask: string;
  item: string;
  preview: string;
  template: string;
  documentLanguage: string;
  copyMarkdown: string;
  copied: string;
  copyFailed: string;
  downloadMarkdown: string;
  downloadJson: string;
  uploadJson: string;
  uploadHint: string;
  uploaded: string;
  uploadMigrated: string;
  uploadRejected: string;
  notJson: string;
  print: string;
  share: string;
  shareLink: string;
  shareHint: string;
  shareCopied: string;
  shareFound: string;
  shareOpenNew: string;
  shareReplace: string;
  shareIgnore: string;
  shareBroken: string;
  shareOpened: string;
  problems: string;
  fieldProblem: string;
  exportWarning: string;
  languageNames: Record<Lang, string>;
}

export const STRINGS: Record<Lang, Strings> = {
  en: {
    privacy: 'Everything stays in this browser: the tool sends nothing over the network (it only loads its own code from this site), drafts are saved only in this browser’s storage, and a share link carries the draft after the #, which browsers never send to a server.',
    loading: 'Loading your drafts…',
    drafts: 'Drafts',
    draftSelect: 'Current draft',
    draftName: 'Draft name',
    untitled: 'Untitled draft',
    newEmpty: 'New empty draft',
    newExample: 'New draft from the example (INC-0001)',
    deleteDraft: 'Delete this draft',
    undo: 'Undo',
    undoneNew: 'Created draft “{name}”.',
    undoneDelete: 'Deleted draft “{name}”.',
    createdDraft: 'Created draft “{name}”.',
    deletedDraft: 'Deleted draft “{name}”. Use Undo to bring it back.',
    undid: 'Undone.',
    savedAt: 'Saved in this browser.',
    saveFailedQuota: 'This browser’s storage is full, so the draft could not be saved. It is still here: download it as JSON or Markdown before closing the page.',
    saveFailed: 'The draft could not be saved in this browser ({message}). It is still here: download it as JSON before closing the page.',
    restoreMigrated: 'Your drafts were saved by an older version of this tool and have been updated; nothing was lost.',
    restoreProblem: 'A saved draft could not be read ({draft}: {field}: {message}). Its data was kept in this browser’s storage under “{key}”.',
    editor: 'Edit the incident',
    incident: 'Incident',
    incidentId: 'Incident ID (like INC-0001)',
    title: 'Title',
    severity: 'Severity',
    status: 'Status',
    roles: 'Roles',
    narrative: 'What happened',
    summary: 'Summary',
    impact: 'Impact',
    rootCause: 'Contributing factors / root cause',
    rootCauseHint: 'Describe the conditions that made the failure possible, not a person to blame.',
    trigger: 'Trigger',
    detection: 'Detection',
    resolution: 'Resolution',
    supportingInfo: 'Supporting information',
    lessons: 'Lessons learned',
    onePerLine: 'One item per line.',
    wentWell: 'What went well',
    wentWrong: 'What went wrong',
    gotLucky: 'Where we got lucky',
    milestones: 'Milestones',
    timeZone: 'Time zone for times you type',
    timeZoneHint: 'Times are stored with their UTC offset, so readers in other zones see the right moment.',
    clear: 'Clear',
    timeline: 'Timeline',
    time: 'Time',
    author: 'Who',
    text: 'What happened',
    kind: 'Kind',
    kindNames: { milestone: 'Milestone', status: 'Status change', note: 'Note', action: 'Action' },
    addEntry: 'Add entry',
    edit: 'Edit',
    save: 'Save',
    cancel: 'Cancel',
    delete: 'Delete',
    noEntries: 'No timeline entries yet.',
    entryNeedsTime: 'Enter a valid time for the entry.',
    entryNeedsText: 'Enter what happened.',
    entryAdded: 'Entry added to the timeline.',
    entryDeleted: 'Timeline entry deleted.',
    pasteChat: 'Paste chat lines',
    pasteChatHint: 'For example “14:02 Alice: restarted the pool”, “[2:02 PM] Alice: text”, or Slack’s copied format (name and time, then the message on the next line).',
    chatLines: 'Chat lines',
    chatDate: 'Date of the chat',
    importChat: 'Add to timeline',
    chatImported: '{count} entries added to the timeline.',
    chatUnread: '{count} lines could not be read:',
    line: 'Line',
    unreadReasons: {
      unrecognised: 'no time and name found',
      'bad-time': 'the time is not a real time of day',
      'no-message': 'no message after the name and time',
    },
    actionItems: 'Action items',
    task: 'Task',
    owner: 'Owner',
    priority: 'Priority',
    due: 'Due date',
    type: 'Type',
    itemStatus: 'Status',
    addItem: 'Add action item',
    noItems: 'No action items yet.',
    emptyTask: 'No task yet: this item is left out of the document.',
    item: 'Action item {n}',
    preview: 'Preview',
    template: 'Template',
    documentLanguage: 'Document language',
    copyMarkdown: 'Copy Markdown',
    copied: 'Markdown copied to the clipboard.',
    copyFailed: 'The browser did not allow copying. Use Download .md instead.',
    downloadMarkdown: 'Download .md',
    downloadJson: 'Download JSON',
    uploadJson: 'Open incident JSON',
    uploadHint: 'Replaces the current draft only if the file is a valid incident.',
    uploaded: 'Opened “{name}”.',
    uploadMigrated: 'Opened “{name}” and updated it from an older format.',
    uploadRejected: '“{name}” was not opened; your draft is unchanged. Problems:',
    notJson: 'not valid JSON: {message}',
    print: 'Print or save as PDF',
    share: 'Share link',
    shareLink: 'Link to this draft',
    shareHint: 'The draft is inside the link itself (after the #); no server ever receives it. Anyone with the link can read it.',
    shareCopied: 'Share link copied to the clipboard.',
    shareFound: 'This link carries a draft: “{title}”. What should happen to it?',
    shareOpenNew: 'Open as a new draft',
    shareReplace: 'Replace the current draft',
    shareIgnore: 'Ignore it',
    shareBroken: 'The draft in this link could not be read: {message}. Your drafts are unchanged.',
    shareOpened: 'Opened the shared draft.',
    problems: 'Problems to fix before exporting',
    fieldProblem: '{field}: {message}',
    exportWarning: 'The JSON download and the CLI expect these to be fixed.',
    languageNames: { en: 'English', th: 'ไทย (Thai)' },
  },
  th: {
    privacy: 'ข้อมูลทั้งหมดอยู่ในเบราว์เซอร์นี้เท่านั้น: เครื่องมือนี้ไม่ส่งข้อมูลใดผ่านเครือข่าย (โหลดเพียงโค้ดของตัวเองจากเว็บไซต์นี้) ร่างถูกบันทึกไว้ในที่เก็บข้อมูลของเบราว์เซอร์นี้เท่านั้น และลิงก์แชร์เก็บร่างไว้หลังเครื่องหมาย # ซึ่งเบราว์เซอร์ไม่ส่งไปยังเซิร์ฟเวอร์',
    loading: 'กำลังโหลดร่างของคุณ…',
    drafts: 'ร่าง',
    draftSelect: 'ร่างที่กำลังแก้ไข',
    draftName: 'ชื่อร่าง',
    untitled: 'ร่างที่ยังไม่มีชื่อ',
    newEmpty: 'สร้างร่างเปล่า',
    newExample: 'สร้างร่างจากตัวอย่าง (INC-0001)',
    deleteDraft: 'ลบร่างนี้',
    undo: 'เลิกทำ',
    undoneNew: 'สร้างร่าง “{name}” แล้ว',
    undoneDelete: 'ลบร่าง “{name}” แล้ว',
    createdDraft: 'สร้างร่าง “{name}” แล้ว',
    deletedDraft: 'ลบร่าง “{name}” แล้ว กด เลิกทำ เพื่อนำกลับมา',
    undid: 'เลิกทำแล้ว',
    savedAt: 'บันทึกในเบราว์เซอร์นี้แล้ว',
    saveFailedQuota: 'ที่เก็บข้อมูลของเบราว์เซอร์เต็ม จึงบันทึกร่างไม่ได้ ร่างยังอยู่ในหน้านี้: ดาวน์โหลดเป็น JSON หรือ Markdown ก่อนปิดหน้า',
    saveFailed: 'บันทึกร่างในเบราว์เซอร์นี้ไม่ได้ ({message}) ร่างยังอยู่ในหน้านี้: ดาวน์โหลดเป็น JSON ก่อนปิดหน้า',
    restoreMigrated: 'ร่างของคุณถูกบันทึกโดยเครื่องมือเวอร์ชันเก่าและได้รับการปรับให้เป็นรูปแบบใหม่แล้ว ไม่มีข้อมูลสูญหาย',
    restoreProblem: 'อ่านร่างที่บันทึกไว้ไม่ได้ ({draft}: {field}: {message}) ข้อมูลถูกเก็บไว้ในที่เก็บข้อมูลของเบราว์เซอร์ภายใต้ “{key}”',
    editor: 'แก้ไขข้อมูล Incident',
    incident: 'Incident',
    incidentId: 'รหัส Incident (เช่น INC-0001)',
    title: 'หัวข้อ',
    severity: 'ระดับความรุนแรง',
    status: 'สถานะ',
    roles: 'บทบาท',
    narrative: 'เกิดอะไรขึ้น',
    summary: 'สรุป',
    impact: 'ผลกระทบ',
    rootCause: 'ปัจจัยที่เกี่ยวข้อง / สาเหตุหลัก',
    rootCauseHint: 'อธิบายเงื่อนไขที่ทำให้เกิดความผิดพลาด ไม่ใช่การหาคนผิด',
    trigger: 'ตัวกระตุ้น (Trigger)',
    detection: 'การตรวจพบ (Detection)',
    resolution: 'การแก้ไข (Resolution)',
    supportingInfo: 'ข้อมูลประกอบ',
    lessons: 'บทเรียนที่ได้',
    onePerLine: 'บรรทัดละหนึ่งรายการ',
    wentWell: 'สิ่งที่ทำได้ดี',
    wentWrong: 'สิ่งที่ผิดพลาด',
    gotLucky: 'จุดที่เราโชคดี',
    milestones: 'เหตุการณ์สำคัญ (Milestones)',
    timeZone: 'เขตเวลาของเวลาที่พิมพ์',
    timeZoneHint: 'เวลาถูกบันทึกพร้อม UTC offset ผู้อ่านในเขตเวลาอื่นจึงเห็นเวลาที่ถูกต้อง',
    clear: 'ล้าง',
    timeline: 'ลำดับเหตุการณ์ (Timeline)',
    time: 'เวลา',
    author: 'ผู้บันทึก',
    text: 'เกิดอะไรขึ้น',
    kind: 'ประเภท',
    kindNames: { milestone: 'เหตุการณ์สำคัญ', status: 'เปลี่ยนสถานะ', note: 'บันทึก', action: 'การดำเนินการ' },
    addEntry: 'เพิ่มรายการ',
    edit: 'แก้ไข',
    save: 'บันทึก',
    cancel: 'ยกเลิก',
    delete: 'ลบ',
    noEntries: 'ยังไม่มีรายการใน Timeline',
    entryNeedsTime: 'ใส่เวลาที่ถูกต้องของรายการ',
    entryNeedsText: 'ใส่ว่าเกิดอะไรขึ้น',
    entryAdded: 'เพิ่มรายการใน Timeline แล้ว',
    entryDeleted: 'ลบรายการใน Timeline แล้ว',
    pasteChat: 'วางข้อความแชท',
    pasteChatHint: 'เช่น “14:02 Alice: restarted the pool”, “[2:02 PM] Alice: ข้อความ” หรือรูปแบบที่คัดลอกจาก Slack (ชื่อและเวลา แล้วข้อความในบรรทัดถัดไป)',
    chatLines: 'ข้อความแชท',
    chatDate: 'วันที่ของแชท',
    importChat: 'เพิ่มลงใน Timeline',
    chatImported: 'เพิ่ม {count} รายการลงใน Timeline แล้ว',
    chatUnread: 'อ่านไม่ได้ {count} บรรทัด:',
    line: 'บรรทัด',
    unreadReasons: {
      unrecognised: 'ไม่พบเวลาและชื่อ',
      'bad-time': 'เวลาไม่ใช่เวลาที่มีอยู่จริง',
      'no-message': 'ไม่มีข้อความต่อจากชื่อและเวลา',
    },
    actionItems: 'รายการที่ต้องทำต่อ (Action Items)',
    task: 'งาน',
    owner: 'ผู้รับผิดชอบ (Owner)',
    priority: 'ลำดับความสำคัญ',
    due: 'กำหนดเสร็จ',
    type: 'ประเภท',
    itemStatus: 'สถานะ',
    addItem: 'เพิ่ม Action Item',
    noItems: 'ยังไม่มี Action Item',
    emptyTask: 'ยังไม่มีงาน: รายการนี้จะไม่อยู่ในเอกสาร',
    item: 'Action Item ที่ {n}',
    preview: 'ตัวอย่างเอกสาร',
    template: 'Template',
    documentLanguage: 'ภาษาของเอกสาร',
    copyMarkdown: 'คัดลอก Markdown',
    copied: 'คัดลอก Markdown แล้ว',
    copyFailed: 'เบราว์เซอร์ไม่อนุญาตให้คัดลอก ใช้ ดาวน์โหลด .md แทน',
    downloadMarkdown: 'ดาวน์โหลด .md',
    downloadJson: 'ดาวน์โหลด JSON',
    uploadJson: 'เปิดไฟล์ JSON ของ Incident',
    uploadHint: 'แทนที่ร่างปัจจุบันเฉพาะเมื่อไฟล์เป็น Incident ที่ถูกต้อง',
    uploaded: 'เปิด “{name}” แล้ว',
    uploadMigrated: 'เปิด “{name}” และแปลงจากรูปแบบเก่าแล้ว',
    uploadRejected: 'ไม่ได้เปิด “{name}” ร่างของคุณไม่เปลี่ยนแปลง ปัญหาที่พบ:',
    notJson: 'ไม่ใช่ JSON ที่ถูกต้อง: {message}',
    print: 'พิมพ์หรือบันทึกเป็น PDF',
    share: 'ลิงก์แชร์',
    shareLink: 'ลิงก์ของร่างนี้',
    shareHint: 'ร่างอยู่ในตัวลิงก์เอง (หลัง #) ไม่มีเซิร์ฟเวอร์ใดได้รับข้อมูล ทุกคนที่มีลิงก์อ่านได้',
    shareCopied: 'คัดลอกลิงก์แชร์แล้ว',
    shareFound: 'ลิงก์นี้มีร่าง: “{title}” ต้องการทำอย่างไร?',
    shareOpenNew: 'เปิดเป็นร่างใหม่',
    shareReplace: 'แทนที่ร่างปัจจุบัน',
    shareIgnore: 'ไม่สนใจ',
    shareBroken: 'อ่านร่างในลิงก์นี้ไม่ได้: {message} ร่างของคุณไม่เปลี่ยนแปลง',
    shareOpened: 'เปิดร่างที่แชร์แล้ว',
    problems: 'ปัญหาที่ต้องแก้ก่อน export',
    fieldProblem: '{field}: {message}',
    exportWarning: 'ไฟล์ JSON และ CLI ต้องการให้แก้ไขสิ่งเหล่านี้ก่อน',
    languageNames: { en: 'English (อังกฤษ)', th: 'ไทย' },
  },
};

/** `{name}` placeholders filled from values; unknown placeholders stay visible rather than vanish. */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}
