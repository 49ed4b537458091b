// Communication templates with named `{placeholder}`s. A value that is missing is reported by name
// and its placeholder stays visible in the text, so nothing goes out half-filled without notice.

const PLACEHOLDER_RE = /\{([A-Za-z_][A-Za-z0-9_]*)\}/g;

/** Placeholder names in order of first appearance, each once. */
export function placeholdersOf(text: string): string[] {
  const names: string[] = [];
  for (const match of text.matchAll(PLACEHOLDER_RE)) {
    if (!names.includes(match[1]!)) names.push(match[1]!);
  }
  return names;
}

/** Fills every placeholder in one pass (a value containing `{x}` is not expanded again). */
export function fillTemplate(text: string, values: Record<string, string>): { text: string; missing: string[] } {
  const missing: string[] = [];
  const filled = text.replace(PLACEHOLDER_RE, (whole, name: string) => {
    const value = Object.hasOwn(values, name) ? values[name] : undefined;
    if (typeof value === 'string' && value.trim() !== '') return value;
    if (!missing.includes(name)) missing.push(name);
    return whole;
  });
  return { text: filled, missing };
}
