// Checks Mermaid source with the `mermaid` package's own parser at build time, so a diagram that would
// fail in any renderer fails the build instead. The parser runs in Node; only DOMPurify needs a DOM,
// and parsing never sanitises anything, so its hooks are stubbed for this check.
import DOMPurify from 'dompurify';

type MermaidApi = { parse: (text: string) => Promise<unknown> };
let loading: Promise<MermaidApi> | undefined;

function loadMermaid(): Promise<MermaidApi> {
  loading ??= (async () => {
    const purify = DOMPurify as unknown as Record<string, unknown>;
    const noop = () => {};
    for (const name of ['addHook', 'removeHook', 'removeHooks', 'removeAllHooks']) {
      if (typeof purify[name] !== 'function') purify[name] = noop;
    }
    if (typeof purify.sanitize !== 'function') purify.sanitize = (s: unknown) => String(s);
    const { default: mermaid } = await import('mermaid');
    return mermaid as unknown as MermaidApi;
  })();
  return loading;
}

/** Undefined when the source parses; otherwise the parser's message. */
export async function mermaidParseError(source: string): Promise<string | undefined> {
  const mermaid = await loadMermaid();
  try {
    await mermaid.parse(source);
    return undefined;
  } catch (error) {
    return String((error as Error)?.message ?? error).trim();
  }
}
