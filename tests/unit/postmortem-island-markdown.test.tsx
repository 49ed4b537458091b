// The preview renders the core's Markdown as Preact elements: structure from the template becomes
// elements, and anything a user typed stays text, whatever it looks like.
// Text is inert once `<` and `&` are escaped; the renderer leaves `>` as it is.
import { renderToStaticMarkup } from 'preact-render-to-string';
import { describe, expect, test } from 'vitest';
import { renderPostmortem, TEMPLATE_IDS } from '../../src/core/postmortem/index.ts';
import { LANGS } from '../../src/core/schema.ts';
import { MarkdownView, parseBlocks } from '../../src/islands/postmortem/Markdown.tsx';
import { blankIncident } from '../../src/islands/postmortem/state.ts';

const html = (markdown: string) => renderToStaticMarkup(<MarkdownView markdown={markdown} />);

describe('Markdown preview', () => {
  test('renders headings, lists, tables, emphasis and code', () => {
    const out = html(
      '# Title\n\nSome **bold** and *em* and `code`.\nNext line\n\n- one\n- two\n\n| A | B |\n| --- | --- |\n| 1 | 2 \\| 3 |\n\n> quoted',
    );
    expect(out).toContain('<h1>Title</h1>');
    expect(out).toContain('<strong>bold</strong>');
    expect(out).toContain('<em>em</em>');
    expect(out).toContain('<code>code</code>');
    expect(out).toContain('<br/>');
    expect(out).toContain('<ul><li>one</li><li>two</li></ul>');
    expect(out).toContain('<th scope="col">A</th>');
    expect(out).toContain('<td>2 | 3</td>');
    expect(out).toContain('<blockquote>');
  });

  test('backslash escapes are literal characters, never markup', () => {
    expect(html('\\*not em\\* and \\[x\\]\\(javascript:alert(1)\\)')).toBe(
      '<p><span>*not em* and [x](javascript:alert(1))</span></p>',
    );
  });

  test('links keep only safe targets', () => {
    expect(html('[ok](https://example.org/)')).toContain('<a href="https://example.org/" rel="noopener noreferrer">ok</a>');
    const bad = html('[click](javascript:alert(1)) [data](data:text/html,x)');
    expect(bad).not.toContain('<a');
    expect(bad).toContain('click');
  });

  test('HTML in the source is shown as text', () => {
    const out = html('<img src=x onerror=alert(1)> <script>alert(1)</script>');
    expect(out).not.toMatch(/<img|<script/);
    expect(out).toContain('&lt;img src=x onerror=alert(1)>');
  });

  test('every template and language renders hostile user text as text only', () => {
    const payload = '<img src=x onerror=alert(1)> <script>alert(2)</script> [x](javascript:alert(3)) **b** # h';
    const incident = {
      ...blankIncident(),
      title: payload,
      summary: payload,
      impact: payload,
      rootCause: payload,
      wentWell: [payload],
      roles: { incidentLead: payload, communicationsLead: payload, technicalLead: payload, scribe: payload },
      milestones: { declared: '2026-01-01T10:00:00+07:00' },
      timeline: [{ time: '2026-01-01T10:00:00+07:00', author: payload, text: payload, kind: 'note' as const }],
      actionItems: [
        { task: payload, owner: payload, priority: 'P1' as const, due: '', type: 'prevent' as const, status: 'todo' as const },
      ],
    };
    for (const template of TEMPLATE_IDS) {
      for (const lang of LANGS) {
        const out = html(renderPostmortem(incident, { template, lang }));
        expect(out, `${template}/${lang}`).not.toMatch(/<(img|script)|href="javascript/i);
        expect(out).toContain('&lt;script>');
      }
    }
  });

  test('splits a document into blocks in order', () => {
    expect(parseBlocks('# A\n\ntext\n\n---\n\n1. x\n2. y').map((b) => b.kind)).toEqual(['heading', 'paragraph', 'rule', 'list']);
  });
});
