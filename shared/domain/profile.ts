/** The person using this device and the device itself: every change is attributed to both. */
import { z } from 'zod';
import { Id, RequiredShortText, ShortText } from './primitives';

export const UserSchema = z
  .object({
    id: Id,
    name: RequiredShortText,
    initials: z.string().regex(/^[A-Z]{2,4}$/, 'must be 2 to 4 capital letters'),
    email: ShortText,
    /** The agency role; administrators cannot edit inspection content (MHRA DI 6.16). */
    agencyRole: z.enum(['inspector', 'lead-inspector', 'reviewer', 'admin']),
  })
  .strict();
export type User = z.infer<typeof UserSchema>;

export const DeviceSchema = z
  .object({
    id: Id,
    label: ShortText,
  })
  .strict();
export type Device = z.infer<typeof DeviceSchema>;
