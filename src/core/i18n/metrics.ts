// The metrics text report (`npm run metrics`, the calculator's "copy report"). The English lines are
// the seed script's `metrics_report`, word for word, so its output stays byte-identical.
import { defineDictionary } from './translate.ts';

export const METRICS_DICTIONARY = defineDictionary(
  {
    'metrics.title': 'Incident Metrics ({days} days)',
    'metrics.total': 'Total Incidents: {count}',
    'metrics.avgTtr': 'Avg TTR: {minutes} minutes',
    'metrics.resolved': 'Resolved: {resolved}/{total}',
    'metrics.duration': '{metric} ({to} − {from}): mean {mean}, median {median}, p90 {p90}, max {max} minutes; n={n}, left out {leftOut}',
    'metrics.na': 'n/a',
  },
  {
    'metrics.title': 'สถิติ Incident ({days} วัน)',
    'metrics.total': 'Incident ทั้งหมด: {count}',
    'metrics.avgTtr': 'TTR เฉลี่ย: {minutes} นาที',
    'metrics.resolved': 'แก้ไขแล้ว: {resolved}/{total}',
    'metrics.duration': '{metric} ({to} − {from}): ค่าเฉลี่ย {mean}, มัธยฐาน {median}, p90 {p90}, สูงสุด {max} นาที; n={n}, ไม่นับ {leftOut}',
    'metrics.na': 'ไม่มีข้อมูล',
  },
);
