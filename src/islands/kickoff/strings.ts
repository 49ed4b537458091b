// Every string the kickoff assistant shows, in English and Thai. The page passes one language's
// strings to the island, so its JavaScript carries one language. Organisation vocabulary (severity
// names, roles, escalation targets, message templates, placeholder labels) comes from content/data.
// `{name}` slots are filled with the core's fillTemplate, the same function the message templates use.
import { fillTemplate } from '../../core/comms.ts';
import type { TriageAnswer, TriageQuestion } from '../../core/kickoff.ts';
import type { Lang } from '../../core/schema.ts';

export interface Strings {
  pageTitle: string;
  pageDescription: string;
  intro: string;
  privacy: string;
  loading: string;
  newKickoff: string;
  newKickoffDone: string;
  undo: string;
  undone: string;
  saveFailed: string;

  severityHeading: string;
  questionsIntro: string;
  questions: Record<TriageQuestion, string>;
  questionHints: Partial<Record<TriageQuestion, string>>;
  answers: Record<TriageAnswer, string>;
  unsureRule: string;
  suggestionPending: string;
  suggestion: string;
  suggestionRoundedUp: string;
  useSuggestion: string;
  severityLegend: string;
  examples: string;
  response: string;
  updateEvery: string;
  noUpdateCadence: string;
  confirmed: string;
  notConfirmed: string;
  pickSeverityFirst: string;

  declareHeading: string;
  title: string;
  titleHint: string;
  counter: string;
  counterHint: string;
  counterInvalid: string;
  incidentId: string;
  declaredAt: string;
  declaredHint: string;
  declaredInvalid: string;
  now: string;
  timeZone: string;
  channel: string;
  stepsHeading: string;
  stepsProgress: string;

  escalationHeading: string;
  minutesSince: string;
  minutesHint: string;
  minutesInvalid: string;
  startClock: string;
  stopClock: string;
  liveClockOn: string;
  atMinute: string;
  statusNotified: string;
  statusNext: string;
  statusLater: string;
  notifiedSummary: string;
  notifiedNobody: string;
  nextSummary: string;
  nobodyNext: string;

  commsHeading: string;
  template: string;
  messageLang: string;
  langNames: Record<Lang, string>;
  nextUpdateDue: string;
  nextUpdateNone: string;
  nextUpdateHint: string;
  preview: string;
  missing: string;
  complete: string;
  copyMessage: string;
  copied: string;
  copyFailed: string;

  rosterHeading: string;
  rosterIntro: string;
  kickoffMessage: string;
  copyKickoff: string;
  kickoffDeclared: string;
  kickoffChannel: string;
  kickoffNextUpdate: string;
  untitled: string;
  noSeverity: string;

  continueHeading: string;
  continueText: string;
  continueLink: string;
  continueBlocked: string;
}

const en: Strings = {
  pageTitle: 'Incident kickoff assistant',
  pageDescription:
    'The first five minutes of an incident in one page: decide the severity, name the channel, tick the automation steps, watch the escalation clock, send the first message and assign roles. Nothing leaves your browser.',
  intro:
    'Work from top to bottom: decide the severity, declare, check who is being paged, send the first message, name the roles. When things calm down, carry it all into the post-mortem generator with one link.',
  privacy: 'Everything stays in this browser: the assistant makes no network requests and saves only in this browser’s storage.',
  loading: 'Loading your kickoff…',
  newKickoff: 'Start a new kickoff',
  newKickoffDone: 'Started a new kickoff; the previous one can be restored with Undo.',
  undo: 'Undo',
  undone: 'Restored the previous kickoff.',
  saveFailed: 'Could not save in this browser ({message}). Your kickoff stays on screen; copy the messages before closing the tab.',

  severityHeading: '1. How severe is it?',
  questionsIntro: 'Answer Google’s three questions. A yes to any of them means: declare an incident.',
  questions: {
    secondTeam: 'Do you need a second team to fix the problem?',
    customerVisible: 'Is the problem visible to customers?',
    unsolvedAfterHour: 'Is it still unsolved after an hour of focused work?',
  },
  questionHints: {
    unsolvedAfterHour: 'In the first minutes: do you expect it to be?',
  },
  answers: { yes: 'Yes', no: 'No', unsure: 'Not sure' },
  unsureRule: 'If unsure, pick the higher one: “not sure” counts as yes.',
  suggestionPending: 'Answer all three questions for a suggested severity.',
  suggestion: 'The answers suggest {severity}.',
  suggestionRoundedUp: 'A “not sure” answer was counted as yes.',
  useSuggestion: 'Use {severity}',
  severityLegend: 'Severity (you decide)',
  examples: 'Examples',
  response: 'Response',
  updateEvery: 'Updates every {minutes} minutes',
  noUpdateCadence: 'No scheduled updates',
  confirmed: 'Severity: {severity}.',
  notConfirmed: 'No severity chosen yet.',
  pickSeverityFirst: 'Choose a severity in step 1 first.',

  declareHeading: '2. Declare',
  title: 'Title',
  titleHint: 'What is broken, in a few words: it names the Slack channel.',
  counter: 'Incident number',
  counterHint: 'Your team’s counter: the next free number.',
  counterInvalid: 'The incident number must be a whole number from 1 up (got “{value}”).',
  incidentId: 'Incident id',
  declaredAt: 'Declared at',
  declaredHint: 'Stored with its UTC offset: {timestamp}',
  declaredInvalid: 'Enter the date and time the incident was declared.',
  now: 'Set to now',
  timeZone: 'Time zone',
  channel: 'Slack channel',
  stepsHeading: 'Automation steps for {severity}',
  stepsProgress: '{done} of {total} done',

  escalationHeading: '3. Escalation clock',
  minutesSince: 'Minutes since declared',
  minutesHint: 'Type a number, or start the live clock.',
  minutesInvalid: 'Minutes since declared must be a number from 0 up (got “{value}”).',
  startClock: 'Start live clock',
  stopClock: 'Stop live clock',
  liveClockOn: 'Live clock running: counted from the declared time by this browser’s clock.',
  atMinute: '+{minutes} min',
  statusNotified: 'notified',
  statusNext: 'next, in {minutes} min',
  statusLater: 'later',
  notifiedSummary: 'At minute {minute}, notified: {who}.',
  notifiedNobody: 'At minute {minute}, nobody has been notified yet.',
  nextSummary: 'Next: {who} in {minutes} min, at {time}.',
  nobodyNext: 'Everyone in the policy has been notified.',

  commsHeading: '4. First message',
  template: 'Template',
  messageLang: 'Message language',
  langNames: { en: 'English', th: 'Thai (ไทย)' },
  nextUpdateDue: 'Next update due: {time} (every {minutes} minutes for {severity}).',
  nextUpdateNone: '{severity} has no update cadence.',
  nextUpdateHint: 'Left empty, the message uses {time}.',
  preview: 'Preview',
  missing: 'Missing: {names}. Fill these in before sending.',
  complete: 'Every placeholder is filled in.',
  copyMessage: 'Copy message',
  copied: 'Copied to the clipboard.',
  copyFailed: 'Could not copy automatically: select the text and copy it by hand.',

  rosterHeading: '5. Roles',
  rosterIntro: 'Assign every role by name. Roles left empty are not mentioned in the kickoff message.',
  kickoffMessage: 'Kickoff message',
  copyKickoff: 'Copy kickoff message',
  kickoffDeclared: 'Incident {id} declared: {title}. {severity}.',
  kickoffChannel: 'Channel: {channel}',
  kickoffNextUpdate: 'Next update at {time}.',
  untitled: '(no title yet)',
  noSeverity: 'severity not decided yet',

  continueHeading: '6. Continue in the post-mortem generator',
  continueText:
    'The link carries the title, severity, roles and declared time inside the address (after the #, which browsers never send to a server). The generator asks before it replaces your current draft.',
  continueLink: 'Open this kickoff in the post-mortem generator',
  continueBlocked: 'Choose a severity, a valid incident number and the declared time first.',
};

const th: Strings = {
  pageTitle: 'ผู้ช่วยเริ่มต้น Incident',
  pageDescription:
    'ห้านาทีแรกของ Incident ในหน้าเดียว: ตัดสินระดับความรุนแรง ตั้งชื่อ Channel ติ๊กขั้นตอนอัตโนมัติ ดูนาฬิกา Escalation ส่งข้อความแรก และมอบหมายบทบาท ข้อมูลไม่ออกจากเบราว์เซอร์ของคุณ',
  intro:
    'ทำจากบนลงล่าง: ตัดสินระดับความรุนแรง ประกาศ Incident ตรวจว่าใครถูก Page ส่งข้อความแรก และระบุชื่อผู้รับบทบาท เมื่อสถานการณ์สงบแล้ว ส่งทั้งหมดต่อไปยังเครื่องมือสร้าง Post-mortem ได้ด้วยลิงก์เดียว',
  privacy: 'ข้อมูลทั้งหมดอยู่ในเบราว์เซอร์นี้: เครื่องมือไม่ส่งข้อมูลผ่านเครือข่าย และบันทึกไว้ในที่เก็บข้อมูลของเบราว์เซอร์นี้เท่านั้น',
  loading: 'กำลังโหลดข้อมูลที่บันทึกไว้…',
  newKickoff: 'เริ่ม Incident ใหม่',
  newKickoffDone: 'เริ่ม Incident ใหม่แล้ว กด “เลิกทำ” เพื่อกู้คืนอันก่อนหน้า',
  undo: 'เลิกทำ',
  undone: 'กู้คืนข้อมูลก่อนหน้าแล้ว',
  saveFailed: 'บันทึกในเบราว์เซอร์นี้ไม่ได้ ({message}) ข้อมูลยังอยู่บนหน้าจอ คัดลอกข้อความก่อนปิดแท็บ',

  severityHeading: '1. รุนแรงแค่ไหน?',
  questionsIntro: 'ตอบคำถามสามข้อของ Google ถ้าตอบ “ใช่” ข้อใดข้อหนึ่ง ให้ประกาศ Incident',
  questions: {
    secondTeam: 'ต้องให้ทีมที่สองเข้ามาช่วยแก้ปัญหาหรือไม่?',
    customerVisible: 'ลูกค้ามองเห็นปัญหาหรือไม่?',
    unsolvedAfterHour: 'ปัญหายังแก้ไม่ได้หลังทำงานอย่างจดจ่อมาหนึ่งชั่วโมงหรือไม่?',
  },
  questionHints: {
    unsolvedAfterHour: 'ในนาทีแรก ๆ: คาดว่าจะเป็นเช่นนั้นหรือไม่?',
  },
  answers: { yes: 'ใช่', no: 'ไม่ใช่', unsure: 'ไม่แน่ใจ' },
  unsureRule: 'ถ้าไม่แน่ใจ ให้เลือกระดับที่สูงกว่า: “ไม่แน่ใจ” นับเป็น “ใช่”',
  suggestionPending: 'ตอบให้ครบสามข้อเพื่อดูระดับความรุนแรงที่แนะนำ',
  suggestion: 'จากคำตอบ แนะนำ {severity}',
  suggestionRoundedUp: 'คำตอบ “ไม่แน่ใจ” ถูกนับเป็น “ใช่”',
  useSuggestion: 'ใช้ {severity}',
  severityLegend: 'ระดับความรุนแรง (คุณเป็นผู้ตัดสิน)',
  examples: 'ตัวอย่าง',
  response: 'การตอบสนอง',
  updateEvery: 'อัพเดททุก {minutes} นาที',
  noUpdateCadence: 'ไม่มีรอบอัพเดทตามกำหนด',
  confirmed: 'ระดับความรุนแรง: {severity}',
  notConfirmed: 'ยังไม่ได้เลือกระดับความรุนแรง',
  pickSeverityFirst: 'เลือกระดับความรุนแรงในขั้นที่ 1 ก่อน',

  declareHeading: '2. ประกาศ Incident',
  title: 'หัวข้อ',
  titleHint: 'สิ่งที่เสีย สั้น ๆ: ใช้ตั้งชื่อ Slack Channel (หัวข้อภาษาไทยจะใช้เลข Incident แทน)',
  counter: 'หมายเลข Incident',
  counterHint: 'ตัวนับของทีม: หมายเลขถัดไปที่ยังว่าง',
  counterInvalid: 'หมายเลข Incident ต้องเป็นจำนวนเต็มตั้งแต่ 1 ขึ้นไป (ได้รับ “{value}”)',
  incidentId: 'รหัส Incident',
  declaredAt: 'เวลาที่ประกาศ',
  declaredHint: 'บันทึกพร้อม UTC offset: {timestamp}',
  declaredInvalid: 'กรอกวันและเวลาที่ประกาศ Incident',
  now: 'ตั้งเป็นเวลาปัจจุบัน',
  timeZone: 'เขตเวลา',
  channel: 'Slack Channel',
  stepsHeading: 'ขั้นตอนอัตโนมัติสำหรับ {severity}',
  stepsProgress: 'เสร็จแล้ว {done} จาก {total}',

  escalationHeading: '3. นาฬิกา Escalation',
  minutesSince: 'จำนวนนาทีนับจากประกาศ',
  minutesHint: 'พิมพ์ตัวเลข หรือเริ่มนาฬิกาสด',
  minutesInvalid: 'จำนวนนาทีต้องเป็นตัวเลขตั้งแต่ 0 ขึ้นไป (ได้รับ “{value}”)',
  startClock: 'เริ่มนาฬิกาสด',
  stopClock: 'หยุดนาฬิกาสด',
  liveClockOn: 'นาฬิกาสดกำลังทำงาน: นับจากเวลาที่ประกาศตามนาฬิกาของเบราว์เซอร์นี้',
  atMinute: '+{minutes} นาที',
  statusNotified: 'แจ้งแล้ว',
  statusNext: 'ถัดไป อีก {minutes} นาที',
  statusLater: 'ภายหลัง',
  notifiedSummary: 'ที่นาทีที่ {minute} แจ้งแล้ว: {who}',
  notifiedNobody: 'ที่นาทีที่ {minute} ยังไม่มีใครได้รับแจ้ง',
  nextSummary: 'ถัดไป: {who} อีก {minutes} นาที เวลา {time}',
  nobodyNext: 'แจ้งทุกคนในนโยบายครบแล้ว',

  commsHeading: '4. ข้อความแรก',
  template: 'Template',
  messageLang: 'ภาษาของข้อความ',
  langNames: { en: 'อังกฤษ (English)', th: 'ไทย' },
  nextUpdateDue: 'อัพเดทครั้งถัดไป: {time} (ทุก {minutes} นาทีสำหรับ {severity})',
  nextUpdateNone: '{severity} ไม่มีรอบอัพเดทตามกำหนด',
  nextUpdateHint: 'ถ้าเว้นว่าง ข้อความจะใช้ {time}',
  preview: 'ตัวอย่างข้อความ',
  missing: 'ยังขาด: {names} กรอกให้ครบก่อนส่ง',
  complete: 'กรอกครบทุกช่องแล้ว',
  copyMessage: 'คัดลอกข้อความ',
  copied: 'คัดลอกแล้ว',
  copyFailed: 'คัดลอกอัตโนมัติไม่ได้: เลือกข้อความแล้วคัดลอกเอง',

  rosterHeading: '5. บทบาท',
  rosterIntro: 'มอบหมายทุกบทบาทโดยระบุชื่อ บทบาทที่เว้นว่างจะไม่ถูกกล่าวถึงในข้อความเริ่มต้น',
  kickoffMessage: 'ข้อความเริ่มต้น Incident',
  copyKickoff: 'คัดลอกข้อความเริ่มต้น',
  kickoffDeclared: 'ประกาศ Incident {id}: {title} ระดับ {severity}',
  kickoffChannel: 'Channel: {channel}',
  kickoffNextUpdate: 'อัพเดทครั้งถัดไปเวลา {time}',
  untitled: '(ยังไม่มีหัวข้อ)',
  noSeverity: 'ยังไม่ได้กำหนดระดับ',

  continueHeading: '6. ทำต่อในเครื่องมือสร้าง Post-mortem',
  continueText:
    'ลิงก์นี้เก็บหัวข้อ ระดับความรุนแรง บทบาท และเวลาที่ประกาศไว้ในที่อยู่ (หลัง # ซึ่งเบราว์เซอร์ไม่ส่งให้เซิร์ฟเวอร์) เครื่องมือจะถามก่อนแทนที่ร่างปัจจุบันของคุณ',
  continueLink: 'เปิดข้อมูลนี้ในเครื่องมือสร้าง Post-mortem',
  continueBlocked: 'เลือกระดับความรุนแรง หมายเลข Incident ที่ถูกต้อง และเวลาที่ประกาศก่อน',
};

export const STRINGS: Record<Lang, Strings> = { en, th };

/** A UI string with its `{name}` slots filled (numbers welcome). */
export function format(template: string, values: Record<string, string | number>): string {
  return fillTemplate(template, Object.fromEntries(Object.entries(values).map(([k, v]) => [k, String(v)]))).text;
}
