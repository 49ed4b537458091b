// The on-call pocket cards (/cards/): their page and the headings and lines of each card. The cards'
// content itself comes from content/data, in the page's language.
import { defineDictionary } from '../core/i18n/translate.ts';

export const CARDS_DICTIONARY = defineDictionary(
  {
    'cards.pageTitle': 'On-call pocket cards',
    'cards.pageDescription':
      'Print-ready pocket cards for on-call: severity levels, escalation, first actions per role, message templates and the /incident steps.',
    'cards.intro':
      'Everything an on-call engineer needs in the first minutes, from this handbook’s data. Your organisation’s edits to content/data appear here on the next build.',
    'cards.printHint':
      'To print: use your browser’s Print, choose A4, scale 100% and no margins. Each sheet holds four A6 cards; cut along the crop marks.',
    'cards.sheet': { one: 'Sheet {count}', other: 'Sheet {count}' },
    'cards.severityTitle': 'Severity levels',
    'cards.escalationTitle': 'Escalation',
    'cards.rolesTitle': 'Roles: first actions',
    'cards.rolesTitlePart': 'Roles: first actions ({part} of {total})',
    'cards.commsTitle': 'Message templates',
    'cards.incidentTitle': 'What {trigger} does',
    'cards.updates': 'Updates: {cadence}',
    'cards.postmortemRequired': 'Post-mortem required',
    'cards.statusPageUpdate': 'Update the status page',
    'cards.channel': 'Channel: {pattern}',
    'cards.onlyFor': 'Only for {severities}',
    'cards.source': 'From {file}',
  },
  {
    'cards.pageTitle': 'การ์ดพกพาสำหรับ On-call',
    'cards.pageDescription':
      'การ์ดพกพาพร้อมพิมพ์สำหรับ On-call: ระดับความรุนแรง การ Escalate สิ่งที่ต้องทำก่อนของแต่ละบทบาท แม่แบบข้อความ และขั้นตอนของ /incident',
    'cards.intro':
      'ทุกสิ่งที่ On-call engineer ต้องใช้ในนาทีแรก สร้างจากข้อมูลของคู่มือนี้ เมื่อองค์กรของคุณแก้ไข content/data การ์ดจะเปลี่ยนตามในการ build ครั้งถัดไป',
    'cards.printHint': 'วิธีพิมพ์: ใช้คำสั่งพิมพ์ของเบราว์เซอร์ เลือกกระดาษ A4 ขนาด 100% และไม่มีขอบ หนึ่งแผ่นมีการ์ด A6 สี่ใบ ตัดตามเครื่องหมายตัดกระดาษ',
    'cards.sheet': { one: 'แผ่นที่ {count}', other: 'แผ่นที่ {count}' },
    'cards.severityTitle': 'ระดับความรุนแรง',
    'cards.escalationTitle': 'การ Escalate',
    'cards.rolesTitle': 'บทบาท: สิ่งที่ต้องทำก่อน',
    'cards.rolesTitlePart': 'บทบาท: สิ่งที่ต้องทำก่อน ({part} จาก {total})',
    'cards.commsTitle': 'แม่แบบข้อความ',
    'cards.incidentTitle': 'สิ่งที่ {trigger} ทำให้',
    'cards.updates': 'อัปเดต: {cadence}',
    'cards.postmortemRequired': 'ต้องทำ Post-mortem',
    'cards.statusPageUpdate': 'อัปเดต Status Page',
    'cards.channel': 'Channel: {pattern}',
    'cards.onlyFor': 'เฉพาะ {severities}',
    'cards.source': 'จาก {file}',
  },
);
