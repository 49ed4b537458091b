// Every registered dictionary (the site's, the tools', the core's: DICTIONARIES in src/i18n/index.ts)
// is complete in both languages, keeps the same `{slots}` in both, spells Thai as the Royal Institute
// does, and has no key that nothing uses. Each failure names the key, so it can be fixed directly.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { DICTIONARIES } from '../../src/i18n/index.ts';
import type { Message, Messages } from '../../src/core/i18n/translate.ts';

const ROOT = process.cwd();

/**
 * Keys that code builds from data instead of writing them out, so the unused-key check cannot find
 * them as literal text. Each entry says where the key is built.
 */
const BUILT_FROM_DATA: readonly { prefix: string; where: string }[] = [
  // `site.section.${section}`: the `section` frontmatter value of each docs page (src/lib/route.ts).
  { prefix: 'site.section.', where: 'src/lib/route.ts sectionTitle()' },
  // `escalation.policy.${step.action}`: the action of each step in content/data/escalation.yaml.
  { prefix: 'escalation.policy.', where: 'src/core/escalation.ts' },
  // Each post-mortem template's labels, through a label function typed by the template's own key list,
  // the template names by TEMPLATE_IDS and the action-item table's head by its column list.
  { prefix: 'postmortemDoc.basic.', where: 'src/core/postmortem/basic.ts' },
  { prefix: 'postmortemDoc.sre.', where: 'src/core/postmortem/sre.ts' },
  { prefix: 'postmortemDoc.pagerduty.', where: 'src/core/postmortem/pagerduty.ts' },
  { prefix: 'postmortemDoc.template.', where: 'src/core/postmortem/index.ts templateName()' },
  { prefix: 'postmortemDoc.table.', where: 'src/core/postmortem/common.ts actionItemsTable()' },
  // The review's rule titles, reasons, "good" messages and levels, by the ids in src/core/review/rules.ts.
  { prefix: 'review.', where: 'src/core/review/index.ts' },
  // Why a saved kickoff's field was left out, and the field's name, by DropReason and the KickoffState keys.
  { prefix: 'kickoff.dropReason.', where: 'src/islands/kickoff/hooks.ts restoreNotices()' },
  { prefix: 'kickoff.fields.', where: 'src/islands/kickoff/hooks.ts fieldName()' },
];

/** Messages whose languages deliberately differ in their slots, each with the reason. */
const SLOT_EXCEPTIONS: Readonly<Record<string, string>> = {
  // English keeps the seed's literal "Lead:" line; Thai names the role as content/data/roles.yaml does.
  'postmortemDoc.basic.lead': 'src/core/postmortem/basic.ts',
};

const forms = (message: Message): string[] => (typeof message === 'string' ? [message] : Object.values(message));
const slotsOf = (message: Message): string[] =>
  [...new Set(forms(message).flatMap((text) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!)))].sort();

const entries = (messages: Messages) => Object.entries(messages) as [string, Message][];

describe('dictionaries', () => {
  test('every key exists in English and in Thai', () => {
    const problems: string[] = [];
    for (const { en, th } of DICTIONARIES) {
      for (const key of Object.keys(en)) if (!(key in th)) problems.push(`${key}: missing in Thai`);
      for (const key of Object.keys(th)) if (!(key in en)) problems.push(`${key}: missing in English`);
    }
    expect(problems).toEqual([]);
  });

  test('no key is defined by two dictionaries', () => {
    const seen = new Map<string, number>();
    for (const { en } of DICTIONARIES) for (const key of Object.keys(en)) seen.set(key, (seen.get(key) ?? 0) + 1);
    expect([...seen].filter(([, count]) => count > 1).map(([key]) => key)).toEqual([]);
  });

  test('a message has the same {slots} in English and Thai', () => {
    const problems: string[] = [];
    for (const { en, th } of DICTIONARIES) {
      for (const [key, message] of entries(en)) {
        const thai = (th as Messages)[key];
        if (thai === undefined || key in SLOT_EXCEPTIONS) continue;
        const [a, b] = [slotsOf(message), slotsOf(thai)];
        if (a.join() !== b.join()) problems.push(`${key}: English has {${a.join('}, {')}}, Thai has {${b.join('}, {')}}`);
      }
    }
    expect(problems).toEqual([]);
  });

  test('Thai follows the Royal Institute spelling: อัปเดต, not อัพเดท', () => {
    const problems: string[] = [];
    for (const { th } of DICTIONARIES) {
      for (const [key, message] of entries(th as Messages)) {
        if (forms(message).some((text) => /อัพเดท|อัพเดต|อัปเดท/.test(text))) problems.push(`${key}: ${forms(message).join(' | ')}`);
      }
    }
    expect(problems).toEqual([]);
  });

  test('every key is used somewhere in src/ or scripts/', () => {
    const files: string[] = [];
    for (const dir of ['src', 'scripts']) {
      for (const name of readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })) {
        if (/\.(ts|tsx|astro|mdx|js|mjs)$/.test(name)) files.push(join(ROOT, dir, name));
      }
    }
    // The dictionary modules themselves define the keys; a definition is not a use.
    const sources = files.map((file) => readFileSync(file, 'utf8')).filter((text) => !text.includes('defineDictionary('));
    const used = (key: string) => {
      const written = new RegExp(`['"\`]${key.replaceAll('.', '\\.')}['"\`]`);
      return sources.some((text) => written.test(text));
    };
    const unused = DICTIONARIES.flatMap(({ en }) => Object.keys(en))
      .filter((key) => !BUILT_FROM_DATA.some(({ prefix }) => key.startsWith(prefix)))
      .filter((key) => !used(key));
    expect(unused, `keys no file under src/ or scripts/ writes out (${files.length} files searched)`).toEqual([]);
  });
});
