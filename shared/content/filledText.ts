/** Bounded text for library content that must say something: not empty, not only spaces. */
import { z } from 'zod';

export function filledText(max: number) {
  return z.string().max(max).regex(/\S/, 'must not be empty');
}
