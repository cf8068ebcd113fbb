/** Moving a column one place in the register's column order (the Columns panel's buttons). Pure. */
import type { RegisterColumnId } from './rowModel/registerColumns';

export function moveColumn(order: readonly RegisterColumnId[], id: RegisterColumnId, step: -1 | 1): RegisterColumnId[] {
  const from = order.indexOf(id);
  const to = from + step;
  if (from < 0 || to < 0 || to >= order.length) return [...order];
  const next = [...order];
  next[from] = next[to]!;
  next[to] = id;
  return next;
}
