// Copying text: every tool's "Copy" buttons go through here.

/** Copies `text`; false when the browser refused (no permission, insecure context), never throws. */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
