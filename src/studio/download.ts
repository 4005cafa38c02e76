// Saving a file and copying text from a static page, with no server.

export function downloadJson(value: unknown, fileName: string): void {
  const blob = new Blob([`${JSON.stringify(value, null, 2)}\n`], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = Object.assign(document.createElement('a'), { href: url, download: fileName });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Copies `text`; falls back to selecting a field's content where the Clipboard API is refused. */
export async function copyText(text: string, fallbackField?: () => HTMLTextAreaElement | undefined): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const field = fallbackField?.();
    if (!field) return false;
    field.focus();
    field.select();
    return document.execCommand?.('copy') ?? false;
  }
}
