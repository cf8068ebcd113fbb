/**
 * Removing a record, for any kind of record: the reason is required and kept in the audit trail,
 * and the record is kept as deleted rather than erased (21 CFR 11.10(e); SECURITY.md C2).
 */
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { EntityNameSchema, ENTITY_LABELS } from '@shared/domain/entities';
import { usePageTitle } from '../../app/usePageTitle';
import { BackLink } from '../../components/govuk/BackLink';
import { Button } from '../../components/govuk/Button';
import { ErrorSummary } from '../../components/govuk/ErrorSummary';
import { Textarea } from '../../components/govuk/Textarea';
import { useCommit } from '../../db/DataContext';
import { useLiveRecord } from '../../db/liveQueries';
import { summaryItems } from '../../forms/formErrors';
import { useFormSubmission } from '../../forms/useFormSubmission';
import { NotFoundPage } from '../help/NotFoundPage';
import { useInspection } from '../workspace/InspectionContext';
import { recordTitle } from './recordTitle';

export function RemoveRecordPage() {
  const params = useParams();
  const entity = EntityNameSchema.safeParse(params['entity']);
  const inspection = useInspection();
  const record = useLiveRecord(entity.success ? entity.data : 'site', params['recordId']);
  const commit = useCommit();
  const navigate = useNavigate();
  const [reason, setReason] = useState('');
  const label = entity.success ? ENTITY_LABELS[entity.data].toLowerCase() : 'record';
  const title = `Remove ${label}`;
  usePageTitle(title);
  const form = useFormSubmission(
    () =>
      reason.trim()
        ? { ok: true, value: reason.trim() }
        : { ok: false, errors: { reason: `Enter why you are removing this ${label}` } },
    async (why) => {
      if (!entity.success || !record) return;
      await commit({ intents: [{ op: 'delete', entity: entity.data, id: record.id }], reason: why });
      void navigate(-1);
    },
    'reason',
  );
  if (!entity.success || record === null) return <NotFoundPage />;
  if (record === undefined) return <p className="govuk-body">Loading…</p>;
  const owner = (record as { inspectionId?: string }).inspectionId ?? record.id;
  if (owner !== inspection.id) return <NotFoundPage />;
  return (
    <>
      <BackLink href={`/inspections/${inspection.id}/plan`}>Back</BackLink>
      {Object.keys(form.errors).length > 0 && <ErrorSummary errors={summaryItems(form.errors, 'remove-')} />}
      <h1 className="govuk-heading-l">
        Remove {label}: {recordTitle(entity.data, record)}
      </h1>
      <p className="govuk-body">
        The {label} will no longer appear in this inspection. It stays in the audit trail, with your reason, and cannot
        be erased.
      </p>
      <form noValidate onSubmit={form.onSubmit}>
        <Textarea
          id="remove-reason"
          label="Why are you removing it?"
          rows={3}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          error={form.errors['reason']}
        />
        <Button type="submit" variant="warning" disabled={form.saving}>
          Remove {label}
        </Button>
      </form>
    </>
  );
}
