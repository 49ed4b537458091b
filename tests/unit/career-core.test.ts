// The career core as a reader meets it: the framework from content/data, where answers fit, what
// changed, the growth plan, the exported file (round trip, migration, errors), share links, readiness.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync, strToU8 } from 'fflate';
import fc from 'fast-check';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import {
  ASSESSMENT_FORMAT,
  RATING_VALUES,
  SHIFT_KINDS,
  allBehaviours,
  areaFit,
  buildCareerFramework,
  diffAssessments,
  growthPlan,
  growthPlanMarkdown,
  levelPairs,
  parseAssessmentFile,
  roleReadiness,
  serializeAssessmentFile,
  type Assessment,
  type Rating,
  type Ratings,
} from '../../src/core/career/index.ts';
import {
  MAX_SHARE_DECODED_BYTES,
  SHARE_PARAM,
  decodeAssessmentShare,
  encodeAssessmentShare,
} from '../../src/core/career/share.ts';
import { DataError } from '../../src/core/data.ts';
import { careerFramework as framework, handbookData } from '../../src/data/index.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const behaviours = allBehaviours(framework);
const all = (value: Rating['value'], level?: string): Ratings =>
  Object.fromEntries(behaviours.filter((b) => !level || b.level === level).map((b) => [b.id, { value }]));

describe('the framework data', () => {
  test('has the five areas, and every competency says something at every level', () => {
    expect(framework.areas.map((a) => a.id)).toEqual([
      'incident-response',
      'technical-depth',
      'communication',
      'reliability-process',
      'leadership',
    ]);
    for (const competency of framework.areas.flatMap((a) => a.competencies)) {
      expect(Object.keys(competency.levels)).toEqual(['junior', 'mid', 'senior', 'staff']);
    }
  });

  test('keeps every seed fact: years, role, skills (each linked) and certifications (each described)', () => {
    for (const [i, level] of framework.levels.entries()) {
      const seed = handbookData.career.levels[i]!;
      expect(level.years).toEqual(seed.years);
      expect(level.skills.map((s) => s.text.en)).toEqual(seed.skills.en);
      expect(level.certifications.map((c) => c.name)).toEqual(seed.certifications);
    }
    const informal = framework.levels
      .flatMap((l) => l.certifications)
      .filter((c) => !c.formal)
      .map((c) => c.name);
    expect(informal).toEqual(['DORA Metrics', 'Leadership Training']);
  });

  test('every practice link points at a handbook page that exists', () => {
    const hrefs = framework.areas.flatMap((a) => a.competencies.flatMap((c) => c.practice.map((p) => p.href)));
    hrefs.push(...framework.levels.flatMap((l) => l.certifications.flatMap((c) => (c.learn ?? []).map((p) => p.href))));
    for (const href of new Set(hrefs)) {
      const base = join(ROOT, 'content', 'docs', 'en', href.slice(1, -1));
      expect(existsSync(`${base}.mdx`) || existsSync(join(base, 'index.mdx')), href).toBe(true);
    }
  });

  test('a bad file fails naming the file, the path and the problem, all problems at once', () => {
    const raw = parse(readFileSync(join(ROOT, 'content', 'data', 'competencies.yaml'), 'utf8'));
    const competency = raw.areas[0].competencies[0];
    delete competency.levels.staff;
    raw.areas[1].competencies[0].id = competency.id;
    raw.skills.pop();
    let error: unknown;
    try {
      buildCareerFramework(raw, handbookData.career.levels);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DataError);
    const message = (error as DataError).message;
    expect(message).toMatch(
      /content\/data\/competencies\.yaml: areas\[0\]\.competencies\[0\]\.levels: no expectation for level "staff"/,
    );
    expect(message).toMatch(/areas\[1\]\.competencies\[0\]\.id: id "declare-and-escalate" is already used/);
    expect(message).toMatch(/skill "Design incident automation" of staff is not linked/);

    const missingThai = parse(readFileSync(join(ROOT, 'content', 'data', 'competencies.yaml'), 'utf8'));
    delete missingThai.areas[2].competencies[1].levels.mid.behaviour.th;
    delete missingThai.areas[0].name.th;
    expect(() => buildCareerFramework(missingThai, handbookData.career.levels)).toThrow(
      /areas\[0\]\.name\.th: [^\n]+\n[^\n]*areas\[2\]\.competencies\[1\]\.levels\.mid/,
    );
  });

  test('has a comparison for every pair of levels', () => {
    expect(levelPairs(framework).map(([a, b]) => `${a.id}-${b.id}`)).toEqual([
      'junior-mid',
      'junior-senior',
      'junior-staff',
      'mid-senior',
      'mid-staff',
      'senior-staff',
    ]);
  });
});

describe('areaFit', () => {
  test('nothing rated fits no level, and the next one is Junior with all its behaviours missing', () => {
    const fits = areaFit(framework, {});
    for (const fit of fits) {
      expect(fit.fit).toBeNull();
      expect(fit.next).toBe('junior');
      expect(fit.missing.length).toBe(behaviours.filter((b) => b.areaId === fit.areaId && b.level === 'junior').length);
      expect(fit.profile).toBe(0);
    }
  });

  test('everything up to mid consistently fits mid, and lists what senior still needs', () => {
    const ratings = { ...all('consistently', 'junior'), ...all('consistently', 'mid') };
    const [incident] = areaFit(framework, ratings);
    expect(incident).toMatchObject({ areaId: 'incident-response', fit: 'mid', next: 'senior', profile: 2 });
    expect(incident!.missing.map((m) => m.id)).toEqual(['declare-and-escalate@senior', 'incident-roles@senior']);
  });

  test('a gap at a lower level is not hidden by strengths above it', () => {
    const ratings = { ...all('consistently'), 'declare-and-escalate@junior': { value: 'sometimes' as const } };
    const [incident, technical] = areaFit(framework, ratings);
    expect(incident!.fit).toBeNull();
    expect(incident!.missing.map((m) => [m.id, m.rating])).toEqual([['declare-and-escalate@junior', 'sometimes']]);
    expect(technical!.fit).toBe('staff');
    expect(technical!.next).toBeNull();
  });

  test('"not expected yet" is not counted: leadership at junior needs only the one expected behaviour', () => {
    const leadership = areaFit(framework, { 'mentoring@junior': { value: 'consistently' } }).find(
      (f) => f.areaId === 'leadership',
    )!;
    expect(leadership.fit).toBe('junior');
  });

  test('property: the profile grows (never shrinks) when any rating goes up', () => {
    const ids = behaviours.map((b) => b.id);
    const ratingsArb = fc.dictionary(
      fc.constantFrom(...ids),
      fc.constantFrom(...RATING_VALUES).map((value) => ({ value })),
    );
    fc.assert(
      fc.property(ratingsArb, fc.constantFrom(...ids), (ratings, id) => {
        const raised = { ...ratings, [id]: { value: 'consistently' as const } };
        const before = areaFit(framework, ratings);
        const after = areaFit(framework, raised);
        return before.every(
          (fit, i) => after[i]!.profile >= fit.profile && fit.profile >= 0 && fit.profile <= framework.levels.length,
        );
      }),
    );
  });
});

describe('diffAssessments', () => {
  test('lists what moved up and down, and the fitted level per area before and after', () => {
    const older = { ratings: { ...all('consistently', 'junior'), 'troubleshooting@mid': { value: 'sometimes' as const } } };
    const newer = {
      ratings: {
        ...all('consistently', 'junior'),
        'troubleshooting@mid': { value: 'consistently' as const },
        'runbooks@junior': { value: 'sometimes' as const },
      },
    };
    const diff = diffAssessments(framework, older, newer);
    expect(diff.up.map((c) => [c.id, c.from, c.to])).toEqual([['troubleshooting@mid', 'sometimes', 'consistently']]);
    expect(diff.down.map((c) => [c.id, c.from, c.to])).toEqual([['runbooks@junior', 'consistently', 'sometimes']]);
    expect(diff.areas.find((a) => a.areaId === 'technical-depth')).toEqual({
      areaId: 'technical-depth',
      from: 'junior',
      to: null,
    });
  });

  test('property: swapping the two sides swaps up and down', () => {
    const ids = behaviours.map((b) => b.id);
    const ratingsArb = fc.dictionary(
      fc.constantFrom(...ids),
      fc.constantFrom(...RATING_VALUES).map((value) => ({ value })),
    );
    fc.assert(
      fc.property(ratingsArb, ratingsArb, (a, b) => {
        const forward = diffAssessments(framework, { ratings: a }, { ratings: b });
        const backward = diffAssessments(framework, { ratings: b }, { ratings: a });
        return JSON.stringify(forward.up.map((c) => c.id)) === JSON.stringify(backward.down.map((c) => c.id));
      }),
    );
  });
});

describe('growth plan', () => {
  test('holds every behaviour up to the target not yet shown consistently, with practice links', () => {
    const plan = growthPlan(framework, { ratings: all('consistently', 'junior') }, 'mid');
    const items = plan.areas.flatMap((a) => a.items);
    expect(items.every((i) => i.level === 'mid')).toBe(true);
    expect(plan.total - plan.done).toBe(items.length);
    const scribe = growthPlan(framework, { ratings: {} }, 'junior').areas[0]!.items.find(
      (i) => i.competencyId === 'incident-roles',
    )!;
    expect(scribe.practice.map((p) => p.href)).toContain('/roles/scribe/');
  });

  test("the Markdown links into the handbook in the reader's language and escapes what the reader wrote", () => {
    const ratings = {
      'runbooks@junior': {
        value: 'sometimes' as const,
        evidence: 'fixed [step] *3*\nof the DNS runbook',
        link: 'https://example.org/pr/42',
      },
    };
    const en = growthPlanMarkdown(framework, { ratings }, 'junior', 'en');
    expect(en).toContain('# Growth plan: Junior Engineer');
    expect(en).toContain('- [Be Scribe in a real incident](/roles/scribe/)');
    expect(en).toContain('- [Write a runbook from the template](/runbooks/template/)');
    expect(en).toContain('My evidence so far: fixed \\[step\\] \\*3\\* of the DNS runbook <https://example.org/pr/42>');
    const th = growthPlanMarkdown(framework, { ratings }, 'junior', 'th');
    expect(th).toContain('# แผนการเติบโต: Junior Engineer');
    expect(th).toContain('(/th/roles/scribe/)');
    expect(th).not.toMatch(/\]\(\/(?!th\/)/);
  });

  test('says so when everything up to the target is shown, and points at the promotion page', () => {
    const md = growthPlanMarkdown(framework, { ratings: all('consistently') }, 'staff', 'en');
    expect(md).toContain('Every behaviour up to Staff/Principal Engineer is shown consistently');
    expect(md).toContain('/career/promotion/');
    expect(md).not.toContain('### ');
  });

  test('an unknown target level is refused with the levels that exist', () => {
    expect(() => growthPlan(framework, { ratings: {} }, 'principal')).toThrow(/junior, mid, senior, staff/);
  });
});

// Any assessment the tool can hold.
const textArb = fc.string({ maxLength: 40, unit: 'grapheme' });
const ratingArb = fc.record(
  {
    value: fc.constantFrom(...RATING_VALUES),
    evidence: textArb,
    link: fc.constantFrom('https://example.org/a', 'http://intranet.example/x?y=1'),
  },
  { requiredKeys: ['value'] },
);
const ratingsArb = fc.dictionary(fc.constantFrom(...behaviours.map((b) => b.id)), ratingArb);
const levelArb = fc.option(fc.constantFrom('junior', 'mid', 'senior', 'staff'), { nil: null });
const dateArb = fc.date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true });
const assessmentArb: fc.Arbitrary<Assessment> = fc.record({
  target: levelArb,
  ratings: ratingsArb,
  snapshots: fc.array(
    fc.record(
      {
        takenAt: dateArb.map((d) => d.toISOString().replace('.000Z', '+07:00')),
        label: textArb,
        target: levelArb,
        ratings: ratingsArb,
      },
      { requiredKeys: ['takenAt', 'target', 'ratings'] },
    ),
    { maxLength: 4 },
  ),
  shifts: fc.array(
    fc.record(
      {
        role: fc.constantFrom('scribe', 'incident-lead'),
        kind: fc.constantFrom(...SHIFT_KINDS),
        date: dateArb.map((d) => d.toISOString().slice(0, 10)),
        backupTookOver: fc.boolean(),
        note: textArb,
      },
      { requiredKeys: ['role', 'kind', 'date'] },
    ),
    { maxLength: 6 },
  ),
});

describe('the assessment file', () => {
  test('property: export then import gives back the same assessment, for any assessment', () => {
    fc.assert(
      fc.property(assessmentArb, (assessment) => {
        const parsed = parseAssessmentFile(serializeAssessmentFile(assessment));
        expect(parsed).toEqual({ ok: true, assessment: JSON.parse(JSON.stringify(assessment)) });
      }),
      { numRuns: 200 },
    );
  });

  test('property: the same assessment always exports the same bytes', () => {
    fc.assert(
      fc.property(assessmentArb, (assessment) => {
        const once = serializeAssessmentFile(assessment);
        const parsed = parseAssessmentFile(once);
        return parsed.ok && serializeAssessmentFile(parsed.assessment) === once;
      }),
    );
  });

  test('a version 0 file (scores 0/1/2 with dated history) is migrated', () => {
    const v0 = {
      format: ASSESSMENT_FORMAT,
      version: 0,
      target: 'mid',
      scores: { 'troubleshooting@junior': 2, 'runbooks@junior': 1, 'mentoring@junior': 0 },
      history: [{ date: '2026-06-01', scores: { 'troubleshooting@junior': 1 } }],
    };
    expect(parseAssessmentFile(JSON.stringify(v0))).toEqual({
      ok: true,
      migratedFrom: 0,
      assessment: {
        target: 'mid',
        ratings: {
          'troubleshooting@junior': { value: 'consistently' },
          'runbooks@junior': { value: 'sometimes' },
          'mentoring@junior': { value: 'not-yet' },
        },
        snapshots: [
          { takenAt: '2026-06-01T00:00:00Z', target: 'mid', ratings: { 'troubleshooting@junior': { value: 'sometimes' } } },
        ],
        shifts: [],
      },
    });
  });

  test('problems name the JSON path and say what is wrong, in English and Thai, all at once', () => {
    const bad = JSON.stringify({
      format: ASSESSMENT_FORMAT,
      version: 1,
      target: null,
      ratings: {
        'troubleshooting@junior': { value: 'always' },
        'runbooks@junior': { value: 'sometimes', link: 'javascript:alert(1)' },
      },
      snapshots: [],
      shifts: [{ role: 'scribe', kind: 'shadow', date: '27/11/2026' }],
    });
    const en = parseAssessmentFile(bad, 'en');
    expect(en.ok).toBe(false);
    expect(!en.ok && en.problems).toEqual([
      { path: 'ratings["troubleshooting@junior"].value', message: 'must be one of "not-yet", "sometimes" and "consistently"' },
      { path: 'ratings["runbooks@junior"].link', message: 'must be an http:// or https:// link' },
      { path: 'shifts[0].date', message: 'must be a date written YYYY-MM-DD' },
    ]);
    const th = parseAssessmentFile(bad, 'th');
    expect(!th.ok && th.problems[2]).toEqual({ path: 'shifts[0].date', message: 'ต้องเป็นวันที่ในรูปแบบ YYYY-MM-DD' });
  });

  test('not JSON, another kind of file, and a newer version are each explained', () => {
    expect(parseAssessmentFile('{oops')).toMatchObject({
      ok: false,
      problems: [{ path: '(top level)', message: expect.stringMatching(/^this is not JSON/) }],
    });
    expect(parseAssessmentFile('{"id":"INC-0001"}')).toMatchObject({
      ok: false,
      problems: [{ path: 'format', message: expect.stringContaining('not a career assessment file') }],
    });
    expect(parseAssessmentFile(JSON.stringify({ format: ASSESSMENT_FORMAT, version: 9 }), 'th')).toMatchObject({
      ok: false,
      problems: [{ path: 'version', message: expect.stringContaining('อัปเดต') }],
    });
  });
});

describe('share links', () => {
  test('property: encode then decode gives back the assessment', () => {
    fc.assert(
      fc.property(assessmentArb, (assessment) => {
        expect(decodeAssessmentShare(`#${encodeAssessmentShare(assessment)}`)).toEqual({
          ok: true,
          assessment: JSON.parse(JSON.stringify(assessment)),
        });
      }),
      { numRuns: 100 },
    );
  });

  test('a hash without a share is not one', () => {
    expect(decodeAssessmentShare('#top')).toBeNull();
  });

  test('a deflate bomb is refused quickly instead of freezing the tab', () => {
    const bomb = deflateSync(strToU8(`{"format":"${ASSESSMENT_FORMAT}","x":"${'a'.repeat(20 * 1024 * 1024)}"}`), { level: 9 });
    const hash = `#${SHARE_PARAM}=${Buffer.from(bomb).toString('base64url')}`;
    expect(hash.length).toBeLessThan(200_000);
    const started = performance.now();
    const result = decodeAssessmentShare(hash, 'en');
    expect(performance.now() - started).toBeLessThan(1000);
    expect(result).toEqual({ ok: false, problems: [{ path: '(link)', message: 'the shared link is too large to open safely' }] });
    expect(MAX_SHARE_DECODED_BYTES).toBeLessThan(20 * 1024 * 1024);
  });

  test("a damaged link says so in the reader's language", () => {
    expect(decodeAssessmentShare(`#${SHARE_PARAM}=not-deflate`, 'th')).toEqual({
      ok: false,
      problems: [{ path: '(link)', message: 'ลิงก์ที่แชร์เสียหายหรือไม่ครบ โปรดขอลิงก์ใหม่' }],
    });
  });
});

describe('role readiness', () => {
  const shift = (role: string, kind: (typeof SHIFT_KINDS)[number], date: string, backupTookOver?: boolean) => ({
    role,
    kind,
    date,
    ...(backupTookOver === undefined ? {} : { backupTookOver }),
  });

  test('follows the readiness page: two shadows, then two reverse shadows without a take-over, then primary', () => {
    const stages = (shifts: ReturnType<typeof shift>[]) => roleReadiness(shifts, ['incident-lead'])[0]!.stage;
    expect(stages([])).toBe('not-started');
    expect(stages([shift('incident-lead', 'shadow', '2026-01-10')])).toBe('shadowing');
    const shadows = [shift('incident-lead', 'shadow', '2026-01-10'), shift('incident-lead', 'shadow', '2026-02-10')];
    expect(stages(shadows)).toBe('ready-for-reverse-shadow');
    expect(
      stages([
        ...shadows,
        shift('incident-lead', 'reverse-shadow', '2026-03-01'),
        shift('incident-lead', 'reverse-shadow', '2026-03-20', true),
      ]),
    ).toBe('reverse-shadowing');
    expect(
      stages([
        ...shadows,
        shift('incident-lead', 'reverse-shadow', '2026-03-20', true),
        shift('incident-lead', 'reverse-shadow', '2026-04-01'),
        shift('incident-lead', 'reverse-shadow', '2026-04-15', false),
      ]),
    ).toBe('ready-for-primary');
    expect(stages([shift('incident-lead', 'primary', '2026-05-01')])).toBe('primary');
  });

  test('counts with dates, oldest first, per role in the order asked, ignoring other roles', () => {
    const result = roleReadiness(
      [shift('scribe', 'shadow', '2026-03-02'), shift('scribe', 'shadow', '2026-01-05'), shift('sme', 'primary', '2026-01-01')],
      ['scribe', 'incident-lead'],
    );
    expect(result).toEqual([
      { role: 'scribe', shadow: ['2026-01-05', '2026-03-02'], reverseShadow: [], primary: [], stage: 'ready-for-reverse-shadow' },
      { role: 'incident-lead', shadow: [], reverseShadow: [], primary: [], stage: 'not-started' },
    ]);
  });
});
