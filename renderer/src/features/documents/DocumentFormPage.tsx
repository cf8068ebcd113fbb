/** Record a document reviewed, or one requested from the organisation, with its status. */
import { useState } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { v7 as uuidv7 } from 'uuid';
import { DOCUMENT_STATUS_LABELS, DocumentKindSchema, DocumentStatusSchema } from '@shared/domain/evidenceRecords';
import { usePageTitle } from '../../app/usePageTitle';
import { BackLink } from '../../components/govuk/BackLink';
import { Button } from '../../components/govuk/Button';
import { ErrorSummary } from '../../components/govuk/ErrorSummary';
import { Radios } from '../../components/govuk/Radios';
import { Select } from '../../components/govuk/Select';
import { Textarea } from '../../components/govuk/Textarea';
import { TextInput } from '../../components/govuk/TextInput';
import { useCommit } from '../../db/DataContext';
import type { Stored } from '../../db/DataStore';
import { useLiveRecord, useLiveRecords } from '../../db/liveQueries';
import { summaryItems } from '../../forms/formErrors';
import { useFormSubmission } from '../../forms/useFormSubmission';
import { sortSites } from '../plan/sortSites';
import { useInspection } from '../workspace/InspectionContext';

export function DocumentFormPage() {
  const { documentId } = useParams();
  const document = useLiveRecord('document', documentId);
  if (documentId && document === undefined) return <p className="govuk-body">Loading…</p>;
  return <DocumentForm key={documentId ?? 'new'} existing={document ?? undefined} />;
}

function DocumentForm({ existing }: { existing: Stored<'document'> | undefined }) {
  const inspection = useInspection();
  const commit = useCommit();
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const sites = sortSites(useLiveRecords('site', { inspectionId: inspection.id }) ?? []);
  const initialKind = existing?.kind ?? (search.get('kind') === 'requested' ? 'requested' : 'reviewed');
  const [values, setValues] = useState({
    kind: initialKind,
    title: existing?.title ?? '',
    documentReference: existing?.documentReference ?? '',
    version: existing?.version ?? '',
    status: existing?.status ?? (initialKind === 'requested' ? 'requested' : 'reviewed'),
    siteId: existing?.siteId ?? '',
    notes: existing?.notes ?? '',
  });
  const set = (field: keyof typeof values) => (value: string) => setValues((v) => ({ ...v, [field]: value }));
  const title = existing
    ? `Change ${existing.title}`
    : values.kind === 'requested'
      ? 'Request a document'
      : 'Record a document reviewed';
  usePageTitle(title);
  const back = `/inspections/${inspection.id}/documents`;
  const form = useFormSubmission(
    () => {
      const kind = DocumentKindSchema.safeParse(values.kind);
      const status = DocumentStatusSchema.safeParse(values.status);
      const errors: Record<string, string> = {};
      if (!values.title.trim()) errors['title'] = 'Enter the document title';
      if (!status.success) errors['status'] = 'Select the status';
      if (!kind.success || !status.success || Object.keys(errors).length > 0) return { ok: false, errors };
      return {
        ok: true,
        value: {
          kind: kind.data,
          title: values.title.trim(),
          documentReference: values.documentReference.trim(),
          version: values.version.trim(),
          status: status.data,
          siteId: values.siteId || null,
          notes: values.notes,
        },
      };
    },
    async (fields) => {
      if (existing) await commit({ intents: [{ op: 'update', entity: 'document', id: existing.id, fields }] });
      else
        await commit({
          intents: [
            { op: 'create', entity: 'document', fields: { id: uuidv7(), inspectionId: inspection.id, ...fields } },
          ],
        });
      void navigate(back);
    },
    'title',
  );
  return (
    <>
      <BackLink href={back}>Back</BackLink>
      {Object.keys(form.errors).length > 0 && <ErrorSummary errors={summaryItems(form.errors, 'document-')} />}
      <h1 className="govuk-heading-l">{title}</h1>
      <form noValidate onSubmit={form.onSubmit}>
        <Radios
          idPrefix="document-kind"
          name="kind"
          legend="Reviewed or requested"
          legendSize="s"
          inline
          value={values.kind}
          onChange={set('kind')}
          items={[
            { value: 'reviewed', label: 'Reviewed' },
            { value: 'requested', label: 'Requested' },
          ]}
        />
        <TextInput
          id="document-title"
          label="Title"
          value={values.title}
          onChange={(e) => set('title')(e.target.value)}
          error={form.errors['title']}
        />
        <TextInput
          id="document-documentReference"
          label="Document reference"
          hint="For example SOP-QA-014"
          width={20}
          value={values.documentReference}
          onChange={(e) => set('documentReference')(e.target.value)}
        />
        <TextInput
          id="document-version"
          label="Version"
          width={10}
          value={values.version}
          onChange={(e) => set('version')(e.target.value)}
        />
        <Radios
          idPrefix="document-status"
          name="status"
          legend="Status"
          legendSize="s"
          value={values.status}
          onChange={set('status')}
          error={form.errors['status']}
          items={DocumentStatusSchema.options.map((s) => ({ value: s, label: DOCUMENT_STATUS_LABELS[s] }))}
        />
        <Select
          id="document-siteId"
          label="Site"
          value={values.siteId}
          onChange={(e) => set('siteId')(e.target.value)}
          options={[
            { value: '', text: 'Not specific to one site' },
            ...sites.map((s) => ({ value: s.id, text: `${s.identifier} ${s.name}` })),
          ]}
        />
        <Textarea
          id="document-notes"
          label="Notes"
          rows={3}
          value={values.notes}
          onChange={(e) => set('notes')(e.target.value)}
        />
        <Button type="submit" disabled={form.saving}>
          {existing ? 'Save changes' : 'Save document'}
        </Button>
      </form>
    </>
  );
}
