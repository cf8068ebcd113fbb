/**
 * What the gateway checks inside a change before it takes it, beyond the change's own schema: that it
 * sits in the right scope (an inspection's records name the inspection; profile and library records
 * name none), and that the fields it sets are real fields of that record type with valid values,
 * checked with the same entity schemas the app commits with. Fields the server owns do not exist in
 * those schemas, so `createdBy`, `version`, `_meta` or `serverSeq` inside `fields` are refused
 * (SECURITY.md E7). An update cannot move a record to another inspection: that would step around the
 * team check.
 */
import { z } from 'zod';
import type { Change } from '../../../shared/changes/change';
import { ENTITY_LABELS, ENTITY_SCHEMAS, GLOBAL_ENTITIES } from '../../../shared/domain/entities';

/** A sentence describing what is wrong with the change, or null when it is acceptable. */
export function problemWithChangeContent(change: Change): string | null {
  const label = ENTITY_LABELS[change.entity];
  const scoped = !GLOBAL_ENTITIES.has(change.entity);
  if (scoped && change.inspectionId === null) return `a ${label.toLowerCase()} change must name its inspection`;
  if (!scoped && change.inspectionId !== null) return `a ${label.toLowerCase()} change must not name an inspection`;
  if (change.entity === 'inspection' && change.entityId !== change.inspectionId)
    return 'an inspection change must name the inspection it changes';

  const schema: z.ZodType = ENTITY_SCHEMAS[change.entity];
  const shape = schema instanceof z.ZodObject ? (schema.shape as Record<string, z.ZodType>) : {};
  const fieldNames = Object.keys(change.fields);

  if (change.op === 'delete') return fieldNames.length === 0 ? null : 'a deletion must not set fields';

  if (change.op === 'create') {
    if (change.fields['id'] !== change.entityId) return 'a created record’s id must be the change’s entityId';
    if (scoped && change.entity !== 'inspection' && change.fields['inspectionId'] !== change.inspectionId)
      return 'a created record must belong to the change’s inspection';
    const parsed = schema.safeParse(change.fields);
    if (parsed.success) return null;
    const issue = parsed.error.issues[0];
    return `the new ${label.toLowerCase()} is not valid: ${issue?.path.join('.') || 'record'} ${issue?.message ?? ''}`.trim();
  }

  if (fieldNames.length === 0) return 'an update must set at least one field';
  for (const field of fieldNames) {
    if (field === 'id') return 'a record’s id cannot change';
    if (field === 'inspectionId') return 'a record cannot move to another inspection';
    const fieldSchema = Object.hasOwn(shape, field) ? shape[field] : undefined;
    if (!fieldSchema) return `"${field}" is not a field of a ${label.toLowerCase()}`;
    const parsed = fieldSchema.safeParse(change.fields[field]);
    if (!parsed.success) return `${field} ${parsed.error.issues[0]?.message ?? 'is not valid'}`;
  }
  return null;
}
