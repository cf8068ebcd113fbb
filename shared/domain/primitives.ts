/**
 * Small shared building blocks of the domain schemas: ids, dates, bounded text. Text fields have
 * generous but finite caps, so a 1 MB paste is accepted and a 100 MB one is refused with a reason.
 */
import { z } from 'zod';

export const Id = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, 'must be a UUID');
export const Sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, 'must be a SHA-256 hex digest');
/** A calendar date, YYYY-MM-DD. */
export const IsoDate = z.iso.date();
/** An instant in UTC, ISO 8601 with Z. */
export const IsoDateTime = z.iso.datetime();

export const MAX_LONG_TEXT = 2_000_000;
export const ShortText = z.string().max(500);
export const LongText = z.string().max(MAX_LONG_TEXT);
export const RequiredShortText = z.string().trim().min(1, 'must not be empty').max(500);
