// The offline handbook: the footer's offline state and update notice, the licence line, and the
// web app manifest (one per language, so an installed Thai handbook opens in Thai).
import { defineDictionary } from '../core/i18n/translate.ts';

export const OFFLINE_DICTIONARY = defineDictionary(
  {
    'offline.saving': 'Saving the handbook for offline use…',
    'offline.ready': 'Available offline',
    'offline.readyHint': 'Every page, search and the tools work without a network on this device.',
    'offline.updateAvailable': 'A new version of the handbook is available.',
    'offline.updatedElsewhere': 'The handbook was updated in another tab.',
    'offline.reload': 'Reload',
    'offline.installLink': 'Install the handbook',
    'offline.cardsLink': 'Pocket cards',
    'offline.license': 'Code under the MIT licence; content under CC BY 4.0.',
    'offline.licenseLink': 'Adopt this handbook',
    'offline.appName': 'Incident Handbook',
    'offline.appShortName': 'Handbook',
    'offline.appDescription': 'Incident response, roles, runbooks and tools, available offline.',
  },
  {
    'offline.saving': 'กำลังบันทึกคู่มือไว้ใช้งานแบบออฟไลน์…',
    'offline.ready': 'ใช้งานแบบออฟไลน์ได้',
    'offline.readyHint': 'ทุกหน้า การค้นหา และเครื่องมือทั้งหมดใช้งานได้บนอุปกรณ์นี้แม้ไม่มีเครือข่าย',
    'offline.updateAvailable': 'คู่มือมีเวอร์ชันใหม่',
    'offline.updatedElsewhere': 'คู่มือได้รับการอัปเดตในแท็บอื่นแล้ว',
    'offline.reload': 'โหลดใหม่',
    'offline.installLink': 'ติดตั้งคู่มือ',
    'offline.cardsLink': 'การ์ดพกพา',
    'offline.license': 'โค้ดใช้สัญญาอนุญาต MIT เนื้อหาใช้สัญญาอนุญาต CC BY 4.0',
    'offline.licenseLink': 'นำคู่มือนี้ไปใช้',
    'offline.appName': 'คู่มือ Incident',
    'offline.appShortName': 'คู่มือ',
    'offline.appDescription': 'การรับมือ Incident บทบาท Runbook และเครื่องมือ ใช้งานแบบออฟไลน์ได้',
  },
);
