/**
 * The next finding reference for an author: discipline, the author's initials and the author's own
 * counter (GMP-JS-004). Team members have distinct initials, so references taken on different
 * laptops offline can never collide; deleted findings keep their numbers.
 */
import { findingReference } from '@shared/domain/finding';
import type { Discipline } from '@shared/domain/disciplines';

export function nextFindingReference(
  existing: readonly { reference: string }[],
  discipline: Discipline,
  initials: string,
): string {
  const prefix = `${discipline}-${initials}-`;
  let highest = 0;
  for (const { reference } of existing) {
    if (!reference.startsWith(prefix)) continue;
    const number = Number(reference.slice(prefix.length));
    if (Number.isInteger(number) && number > highest) highest = number;
  }
  return findingReference(discipline, initials, highest + 1);
}
