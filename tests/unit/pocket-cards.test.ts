// The pocket cards are built from content/data: an organisation's edits show up on its cards, in the
// reader's language, and the cards are laid out four to a printed sheet.
import { describe, expect, test } from 'vitest';
import { CARDS_PER_SHEET, chunk, pocketCards } from '../../src/components/cards/pocket-cards.ts';
import { loadHandbookData } from '../../src/data/load.ts';
import { useTranslations } from '../../src/i18n/index.ts';

const data = loadHandbookData();
const text = (cards: ReturnType<typeof pocketCards>) =>
  cards.flatMap((card) => [card.title, ...card.entries.flatMap((e) => [e.label, ...e.lines])]).join('\n');

describe('pocket cards', () => {
  test('carry every severity, escalation step, /incident step, template and role', () => {
    const cards = pocketCards(data, 'en', useTranslations('en'));
    const all = text(cards);
    for (const level of data.severity.levels) expect(all).toContain(level.response.en);
    for (const template of data.comms.templates) expect(all).toContain(template.text.en);
    for (const step of data.workflow.steps) expect(all).toContain(step.label.en);
    for (const role of data.roles.roles) expect(all).toContain(role.name.en);
    expect(all).toContain('After 5 min: Page Team lead');
  });

  test('show an organisation’s own data: a renamed role and a seventh role', () => {
    const roles = [
      ...data.roles.roles.map((r) => (r.id === 'scribe' ? { ...r, name: { en: 'Recorder', th: 'ผู้บันทึกเหตุการณ์' } } : r)),
      { ...data.roles.roles[0]!, id: 'liaison', name: { en: 'Vendor Liaison', th: 'ผู้ประสานงานผู้ให้บริการ' } },
    ];
    const cards = pocketCards({ ...data, roles: { roles } }, 'th', useTranslations('th'));
    const all = text(cards);
    expect(all).toContain('ผู้บันทึกเหตุการณ์');
    expect(all).toContain('ผู้ประสานงานผู้ให้บริการ');
    // Three roles to a card: seven roles need three role cards.
    expect(cards.filter((c) => c.id.startsWith('roles-')).map((c) => c.title)).toEqual([
      'บทบาท: สิ่งที่ต้องทำก่อน (1 จาก 3)',
      'บทบาท: สิ่งที่ต้องทำก่อน (2 จาก 3)',
      'บทบาท: สิ่งที่ต้องทำก่อน (3 จาก 3)',
    ]);
  });

  test('are laid out four to a sheet', () => {
    expect(chunk([1, 2, 3, 4, 5, 6], CARDS_PER_SHEET)).toEqual([
      [1, 2, 3, 4],
      [5, 6],
    ]);
  });
});
