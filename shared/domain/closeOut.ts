/**
 * After the report: the company's CAPA response per deficiency with the inspector's assessment, and
 * electronic signatures bound to the SHA-256 of the content they sign (21 CFR 11.50/11.70).
 */
import { z } from 'zod';
import { Id, IsoDate, IsoDateTime, LongText, RequiredShortText, Sha256Hex } from './primitives';

export const CapaAssessmentSchema = z.enum(['awaiting-response', 'under-assessment', 'accepted', 'more-information']);
export type CapaAssessment = z.infer<typeof CapaAssessmentSchema>;

export const CapaResponseSchema = z
  .object({
    id: Id,
    inspectionId: Id,
    findingId: Id,
    response: LongText,
    rootCause: LongText,
    actions: LongText,
    dueDate: IsoDate.nullable(),
    assessment: CapaAssessmentSchema,
    assessorComment: LongText,
  })
  .strict();
export type CapaResponse = z.infer<typeof CapaResponseSchema>;

export const SignatureMeaningSchema = z.enum(['author', 'reviewer', 'approver']);
export type SignatureMeaning = z.infer<typeof SignatureMeaningSchema>;

export const SignatureSchema = z
  .object({
    id: Id,
    inspectionId: Id,
    signerId: Id,
    signerName: RequiredShortText,
    signerRole: RequiredShortText,
    meaning: SignatureMeaningSchema,
    signedAt: IsoDateTime,
    contentSha256: Sha256Hex,
  })
  .strict();
export type Signature = z.infer<typeof SignatureSchema>;
