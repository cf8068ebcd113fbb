/** How a field's value reads in the audit trail: text as typed, lists joined, nothing as "(empty)". */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return '(empty)';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) {
    if (value.length === 0) return '(none)';
    return value
      .map((item) =>
        typeof item === 'object' && item !== null ? summariseObject(item as Record<string, unknown>) : String(item),
      )
      .join('; ');
  }
  if (typeof value === 'object') return summariseObject(value as Record<string, unknown>);
  return JSON.stringify(value) ?? '';
}

function summariseObject(value: Record<string, unknown>): string {
  const name = value['name'] ?? value['title'] ?? value['templateId'];
  if (typeof name === 'string') return name;
  return JSON.stringify(value);
}

/** Field names as words: "areasNotInspected" becomes "areas not inspected". */
export function describeField(field: string): string {
  return field.replace(/([A-Z])/g, ' $1').toLowerCase();
}
