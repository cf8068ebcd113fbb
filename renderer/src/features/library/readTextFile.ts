/** Reads a chosen file as UTF-8 text, refusing it before reading when it is larger than `maxBytes`. */
export async function readTextFile(
  file: File,
  maxBytes: number,
): Promise<{ ok: true; text: string } | { ok: false; error: string }> {
  if (file.size > maxBytes) {
    return {
      ok: false,
      error: `${file.name} is ${(file.size / 1_000_000).toFixed(1)} MB; the limit is ${(maxBytes / 1_000_000).toFixed(0)} MB`,
    };
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(await file.arrayBuffer()) };
  } catch {
    return { ok: false, error: `${file.name} is not a UTF-8 text file` };
  }
}
