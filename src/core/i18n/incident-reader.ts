// The incident reader's messages (parseIncident): what is wrong with an incident JSON file, in the
// reader's language. Their own dictionary, because only the reader needs them and a tool loads the
// reader when a file is opened, not with the page.
import { INCIDENT_DICTIONARY } from './incident.ts';
import { defineDictionary, translator } from './translate.ts';

export const INCIDENT_READER_DICTIONARY = defineDictionary(
  {
    'incident.parse.topLevel': 'must be a JSON object describing one incident, got {got}',
    'incident.parse.newerVersion': '{version} is newer than this tool understands ({supported}); update the handbook',
    'incident.parse.wrongVersion': 'must be {supported}, got {got}',
    'incident.parse.noOffset': '{time} has no UTC offset; add one such as +07:00 or Z',
    'incident.parse.dateTime': 'must be an ISO 8601 date-time with a UTC offset, e.g. 2026-11-27T10:02:00+07:00 (got {got})',
    'incident.parse.date': 'must be a date like 2026-12-04 or empty (got {got})',
    'incident.parse.null': 'null',
    'incident.parse.array': 'an array',
    'incident.parse.string': 'the string {text}',
    'incident.parse.other': '{type} {text}',
  },
  {
    'incident.parse.topLevel': 'ต้องเป็นออบเจกต์ JSON ที่อธิบาย incident หนึ่งรายการ แต่ได้ {got}',
    'incident.parse.newerVersion': '{version} ใหม่กว่าที่เครื่องมือนี้รองรับ ({supported}) โปรดอัปเดต handbook',
    'incident.parse.wrongVersion': 'ต้องเป็น {supported} แต่ได้ {got}',
    'incident.parse.noOffset': '{time} ไม่มี UTC offset โปรดเติม เช่น +07:00 หรือ Z',
    'incident.parse.dateTime': 'ต้องเป็นวันเวลาแบบ ISO 8601 ที่มี UTC offset เช่น 2026-11-27T10:02:00+07:00 (ได้ {got})',
    'incident.parse.date': 'ต้องเป็นวันที่แบบ 2026-12-04 หรือเว้นว่าง (ได้ {got})',
    'incident.parse.null': 'null',
    'incident.parse.array': 'อาร์เรย์',
    'incident.parse.string': 'ข้อความ {text}',
    'incident.parse.other': '{type} {text}',
  },
);

/** `t()` for the incident reader: its messages and the incident vocabulary they name. */
export const incidentReaderTranslate = translator(INCIDENT_DICTIONARY, INCIDENT_READER_DICTIONARY);
