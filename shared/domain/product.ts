/** A DM product in scope, with its designation (DOMAIN.md 1.3) and master file version. */
import { z } from 'zod';
import { Id, RequiredShortText, ShortText } from './primitives';

export const DmLegalTestSchema = z.enum(['POC', 'MM']);

export const ProductSchema = z
  .object({
    id: Id,
    inspectionId: Id,
    name: RequiredShortText,
    dosageForm: ShortText,
    dmLegalTest: DmLegalTestSchema,
    dmDesignationReference: ShortText,
    dmmfVersion: ShortText,
    authorisation: ShortText,
  })
  .strict();
export type Product = z.infer<typeof ProductSchema>;
