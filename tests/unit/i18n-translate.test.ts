import { describe, expect, it } from 'vitest';
import { createTranslate, fill, pickMessages } from '../../src/core/i18n/translate.ts';
import { LOCALES } from '../../src/core/i18n/locales.ts';

describe('t()', () => {
  const en = { 'x.kept': { one: '{count} incident kept', other: '{count} incidents kept' }, 'x.hello': 'Hello {name}' } as const;
  const th = { 'x.kept': { other: 'เก็บ {count} รายการ' }, 'x.hello': 'สวัสดี {name}' } as const;

  it('chooses the plural form of the language', () => {
    const t = createTranslate(en, 'en');
    expect(t('x.kept', { count: 1 })).toBe('1 incident kept');
    expect(t('x.kept', { count: 3 })).toBe('3 incidents kept');
    expect(createTranslate(th, 'th')('x.kept', { count: 1 })).toBe('เก็บ 1 รายการ');
  });

  it('fills slots, joins lists in the language and leaves a missing slot visible', () => {
    expect(fill('{a} and {b}', { a: 'x' }, 'en')).toBe('x and {b}');
    expect(fill('{list}', { list: ['a', 'b', 'c'] }, 'en')).toBe('a, b and c');
    expect(fill('{list}', { list: ['ก', 'ข'] }, 'th')).toBe('กและข');
  });

  it('returns an unknown key as itself', () => {
    const t = createTranslate(en, 'en') as (k: string) => string;
    expect(t('x.nope')).toBe('x.nope');
  });

  it('picks the keys of a namespace', () => {
    expect(Object.keys(pickMessages({ 'a.x': '1', 'b.y': '2' }, 'a.'))).toEqual(['a.x']);
  });

  it('formats Thai dates in the Gregorian calendar', () => {
    const text = new Intl.DateTimeFormat(LOCALES.th.intl, { year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(2026, 0, 1));
    expect(text).toContain('2026');
  });
});
