import { describe, expect, test } from 'vitest';
import { fillTemplate, optionalPlaceholdersOf, placeholdersOf } from '../../src/core/comms.ts';
import { loadHandbookData } from '../../src/data/load.ts';

const data = loadHandbookData();
const template = (id: string) => data.comms.templates.find((t) => t.id === id)!;

describe('placeholdersOf', () => {
  test('lists names once, in order', () => {
    expect(placeholdersOf('{a} and {b} then {a}')).toEqual(['a', 'b']);
    expect(placeholdersOf(template('update').text.th)).toEqual(['done', 'next_steps', 'eta', 'next_update']);
  });
  test('every placeholder in the shipped templates is described in both languages', () => {
    for (const t of data.comms.templates) {
      for (const name of [...placeholdersOf(t.text.en), ...placeholdersOf(t.text.th)]) {
        expect(data.comms.placeholders[name], `${t.id}: {${name}}`).toBeDefined();
      }
    }
  });
});

describe('fillTemplate', () => {
  test('fills the Thai initial message', () => {
    const result = fillTemplate(template('initial').text.th, {
      description: 'API ตอบช้า',
      impact: 'ผู้ใช้ 30%',
      next_update: '10:30 (UTC+07:00)',
    });
    expect(result).toEqual({
      text: 'เรากำลังตรวจสอบปัญหา API ตอบช้า ที่ส่งผลกระทบต่อ ผู้ใช้ 30% อัปเดตครั้งถัดไปภายใน 10:30 (UTC+07:00)',
      missing: [],
    });
  });
  test('reports missing or blank values by name and leaves their placeholders visible', () => {
    const result = fillTemplate(template('update').text.en, { done: 'Rolled back', eta: '  ' });
    // The ETA is optional (a blank one leaves its part out); the next update time is not.
    expect(result.missing).toEqual(['next_steps', 'next_update']);
    expect(result.text).toBe('Update: Rolled back. Next steps: {next_steps}. Next update by {next_update}.');
  });
  test('a value that looks like a placeholder is not expanded again; inherited keys do not count', () => {
    expect(fillTemplate('{cause}', { cause: '{impact}' })).toEqual({ text: '{impact}', missing: [] });
    expect(fillTemplate('{constructor}', {})).toEqual({ text: '{constructor}', missing: ['constructor'] });
  });
});

describe('the Update template follows the communication guidance', () => {
  const values = { done: 'rolled back', next_steps: 'watch error rates', next_update: '2026-11-27 14:47 UTC+07:00' };
  test('an ETA only when someone has one; the next update time always', () => {
    expect(fillTemplate(template('update').text.en, values)).toEqual({
      text: 'Update: rolled back. Next steps: watch error rates. Next update by 2026-11-27 14:47 UTC+07:00.',
      missing: [],
    });
    expect(fillTemplate(template('update').text.en, { ...values, eta: '15:30' }).text).toBe(
      'Update: rolled back. Next steps: watch error rates. ETA: 15:30. Next update by 2026-11-27 14:47 UTC+07:00.',
    );
    expect(fillTemplate(template('update').text.th, { ...values, next_update: '' }).missing).toEqual(['next_update']);
    expect(optionalPlaceholdersOf(template('update').text.th)).toEqual(['eta']);
  });
});
