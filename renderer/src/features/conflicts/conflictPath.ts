/** Conflict keys hold slashes and colons (record, field, base clock): one URL segment, encoded. */
export const conflictPath = (key: string) => `/conflicts/${encodeURIComponent(key)}`;
