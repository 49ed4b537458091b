// The metrics text report (`npm run metrics`, the calculator's "copy report"). The English lines are
// the seed script's `metrics_report`, word for word, so its output stays byte-identical.
import { defineDictionary } from './translate.ts';
import { translator } from './translate.ts';

export const METRICS_DICTIONARY = defineDictionary(
  {
    'metricsReport.title': 'Incident Metrics ({days} days)',
    'metricsReport.total': 'Total Incidents: {count}',
    'metricsReport.avgTtr': 'Avg TTR: {minutes} minutes',
    'metricsReport.resolved': 'Resolved: {resolved}/{total}',
    'metricsReport.duration':
      '{metric} ({to} − {from}): mean {mean}, median {median}, p90 {p90}, max {max}; n={n}, left out {leftOut}',
    'metricsReport.na': 'n/a',
    'metricsReport.hoursMinutes': '{hours} h {minutes} min',
    'metricsReport.minutes': '{minutes} min',
    'metricsReport.problem.undated': 'no declared, detected or impactStarted time; the incident cannot be placed in any window',
    'metricsReport.problem.reversed': '{metric}: {to} is before {from}',
  },
  {
    'metricsReport.title': 'สถิติ Incident ({days} วัน)',
    'metricsReport.total': 'Incident ทั้งหมด: {count}',
    'metricsReport.avgTtr': 'TTR เฉลี่ย: {minutes} นาที',
    'metricsReport.resolved': 'แก้ไขแล้ว: {resolved}/{total}',
    'metricsReport.duration':
      '{metric} ({to} − {from}): ค่าเฉลี่ย {mean}, มัธยฐาน {median}, p90 {p90}, สูงสุด {max}; n={n}, ไม่นับ {leftOut}',
    'metricsReport.na': 'ไม่มีข้อมูล',
    'metricsReport.hoursMinutes': '{hours} ชม. {minutes} นาที',
    'metricsReport.minutes': '{minutes} นาที',
    'metricsReport.problem.undated': 'ไม่มีเวลา declared, detected หรือ impactStarted จึงจัดเข้าช่วงเวลาใดไม่ได้',
    'metricsReport.problem.reversed': '{metric}: {to} อยู่ก่อน {from}',
  },
);

export const metricsReportTranslate = translator(METRICS_DICTIONARY);
