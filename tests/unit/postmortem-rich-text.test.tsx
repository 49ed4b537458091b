// The free-text fields of a post-mortem accept a safe Markdown subset (paragraphs, lists, emphasis,
// code, http/https/mailto links). What a writer notices: the structure they typed survives on
// GitHub-flavoured renderers (checked with marked's lexer) and in the preview, identically from the
// CLI and the browser (one core function); everything else, HTML and javascript: links above all,
// shows as the characters typed.
// Text is inert once `<` and `&` are escaped; the renderer leaves `>` as it is.
import { renderToStaticMarkup } from 'preact-render-to-string';
import { describe, expect, test } from 'vitest';
import { renderPostmortem, TEMPLATE_IDS } from '../../src/core/postmortem/index.ts';
import { richBlock } from '../../src/core/postmortem/rich-text.ts';
import { LANGS } from '../../src/core/schema.ts';
import { MarkdownView } from '../../src/islands/postmortem/Markdown.tsx';
import { blankIncident } from '../../src/islands/postmortem/state.ts';
import { allTokens } from '../support/markdown-tokens.ts';

const preview = (markdown: string) => renderToStaticMarkup(<MarkdownView markdown={markdown} />);
const types = (markdown: string) => allTokens(markdown).map((t) => t.type);

describe('free-text fields: the safe Markdown subset', () => {
  test('two lines of contributing factors stay two lines (hard break), on GitHub and in the preview', () => {
    const md = richBlock('Pool too small\nRetries without backoff');
    expect(md).toBe('Pool too small\\\nRetries without backoff');
    expect(types(md)).toContain('br');
    expect(preview(md)).toBe('<p><span>Pool too small</span><span><br/>Retries without backoff</span></p>');
  });

  test('bullet and numbered lists, emphasis, inline code, code blocks and safe links', () => {
    const md = richBlock(
      'Causes:\n\n* pool of **10** connections\n* `retry()` had _no_ backoff\n\n1) roll back\n2) see [runbook](https://example.org/rb) or [mail](mailto:ops@example.org)\n\n```\nSELECT * FROM <orders>;\n```',
    );
    expect(md).toBe(
      'Causes:\n\n- pool of **10** connections\n- `retry()` had *no* backoff\n\n1. roll back\n2. see [runbook](https://example.org/rb) or [mail](mailto:ops@example.org)\n\n```\nSELECT * FROM <orders>;\n```',
    );
    const tokens = allTokens(md);
    expect(tokens.filter((t) => t.type === 'list').map((t) => (t as { ordered: boolean }).ordered)).toEqual([false, true]);
    expect(tokens.filter((t) => t.type === 'link').map((t) => (t as { href: string }).href)).toEqual([
      'https://example.org/rb',
      'mailto:ops@example.org',
    ]);
    expect(tokens.some((t) => t.type === 'code')).toBe(true);
    const html = preview(md);
    expect(html).toContain(
      '<ul><li>pool of <strong>10</strong> connections</li><li><code>retry()</code> had <em>no</em> backoff</li></ul>',
    );
    expect(html).toContain('<ol><li>roll back</li>');
    expect(html).toContain('<a href="https://example.org/rb" rel="noopener noreferrer">runbook</a>');
    expect(html).toContain('<pre><code>SELECT * FROM &lt;orders>;</code></pre>');
  });

  test('javascript: and data: links stay text: no link on GitHub, none in the preview', () => {
    for (const hostile of [
      '[click](javascript:alert(1))',
      '[click](javascript:alert)',
      '[x](data:text/html,hi)',
      '[x](vbscript:y)',
    ]) {
      const md = richBlock(hostile);
      expect(
        allTokens(md).filter((t) => t.type === 'link'),
        hostile,
      ).toEqual([]);
      expect(preview(md), hostile).not.toContain('<a');
      expect(preview(md), hostile).toContain(hostile.slice(1, hostile.indexOf(']')));
    }
  });

  test('HTML in list items and paragraphs is escaped text', () => {
    const md = richBlock('- <img src=x onerror=alert(1)>\n- <script>alert(2)</script>\n\n<b>bold</b> <!-- c -->');
    expect(allTokens(md).filter((t) => t.type === 'html')).toEqual([]);
    const html = preview(md);
    expect(html).not.toMatch(/<img|<script|<b>/);
    expect(html).toContain('<li>&lt;img src=x onerror=alert(1)></li>');
  });

  test('links inside code stay code: no link, characters as typed', () => {
    const md = richBlock('Run `[x](https://evil.example)` and\n```\n[y](javascript:alert(1)) <a href=x>\n```');
    expect(allTokens(md).filter((t) => t.type === 'link' || t.type === 'html')).toEqual([]);
    const html = preview(md);
    expect(html).not.toContain('<a');
    expect(html).toContain('<code>[x](https://evil.example)</code>');
    expect(html).toContain('[y](javascript:alert(1)) &lt;a href=x>');
  });

  test('headings, quotes, tables and images a writer types stay text', () => {
    const md = richBlock('# not a heading\n> not a quote\n| a | b |\n![img](https://x.example/i.png)');
    expect(types(md).filter((t) => ['heading', 'blockquote', 'table', 'image'].includes(t))).toEqual([]);
  });

  test('every template and language: the subset renders, hostile parts stay text, the same bytes every time', () => {
    const text = 'First\nSecond\n\n- **a** [doc](https://example.org/)\n- [x](javascript:alert(1)) <img src=x>';
    const incident = {
      ...blankIncident(),
      title: 'T',
      summary: text,
      rootCause: text,
      impact: text,
      wentWell: ['`code` and [safe](https://example.org/w)'],
      milestones: { declared: '2026-01-01T10:00:00+07:00' },
    };
    for (const template of TEMPLATE_IDS)
      for (const lang of LANGS) {
        const md = renderPostmortem(incident, { template, lang });
        expect(md).toBe(renderPostmortem(structuredClone(incident), { template, lang }));
        const tokens = allTokens(md);
        expect(
          tokens.filter((t) => t.type === 'html'),
          `${template}/${lang}`,
        ).toEqual([]);
        const hrefs = tokens.filter((t) => t.type === 'link').map((t) => (t as { href: string }).href);
        expect(hrefs.length, `${template}/${lang}`).toBeGreaterThan(0);
        for (const href of hrefs) expect(href).toMatch(/^https:\/\/example\.org\//);
        const html = preview(md);
        expect(html).not.toMatch(/<img|href="javascript/);
        expect(html).toContain('<strong>a</strong>');
      }
  });
});
