/** Joins CSS class names, skipping the empty ones, so modifier classes read as a plain list. */
export function classNames(...names: (string | false | null | undefined)[]): string {
  return names.filter((name): name is string => typeof name === 'string' && name !== '').join(' ');
}
