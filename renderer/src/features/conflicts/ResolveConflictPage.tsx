/**
 * One conflict, side by side: every competing version with who wrote it, when and on which laptop,
 * and the value shown meanwhile. The person keeps one version or writes a merged one (text fields),
 * and gives a reason; the resolution is committed as changes that sync to the team.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import type { Change } from '@shared/changes/change';
import { ENTITY_LABELS } from '@shared/domain/entities';
import { usePageTitle } from '../../app/usePageTitle';
import { BackLink } from '../../components/govuk/BackLink';
import { Button } from '../../components/govuk/Button';
import { ErrorSummary } from '../../components/govuk/ErrorSummary';
import { Radios } from '../../components/govuk/Radios';
import { SummaryList } from '../../components/govuk/SummaryList';
import { Textarea } from '../../components/govuk/Textarea';
import { conflictDetail } from '../../conflicts/openConflicts';
import { resolutionRequest, type ConflictChoice } from '../../conflicts/resolveConflict';
import { useCommit, useDataStore } from '../../db/DataContext';
import { formatDateTime } from '../../forms/dateParts';
import { summaryItems } from '../../forms/formErrors';
import { useFormSubmission } from '../../forms/useFormSubmission';
import { describeField, describeValue } from '../audit/describeValue';
import { NotFoundPage } from '../help/NotFoundPage';
import { recordTitle } from '../records/recordTitle';

const MERGE = 'merge';

export function ResolveConflictPage() {
  const key = decodeURIComponent(useParams()['conflictKey'] ?? '');
  const store = useDataStore();
  const commit = useCommit();
  const navigate = useNavigate();
  const detail = useLiveQuery(async () => {
    const found = await conflictDetail(store, key);
    if (!found) return null;
    const record = await store.get(found.conflict.entity, found.conflict.entityId);
    return { ...found, title: recordTitle(found.conflict.entity, record) };
  }, [store, key]);
  const [choice, setChoice] = useState('');
  const [merged, setMerged] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const fieldName = detail ? describeField(detail.conflict.field) : 'value';
  const mergedText = merged ?? (detail ? describeMergeStart(detail.latest, detail.conflict.field) : '');
  usePageTitle(`Resolve a conflict in the ${fieldName}`);

  const form = useFormSubmission(
    () => {
      if (!detail) return { ok: false as const, errors: { choice: 'This conflict is no longer here' } };
      const errors: Record<string, string> = {};
      if (!choice) errors['choice'] = 'Choose which version to keep, or write a merged version';
      if (choice === MERGE && !mergedText.trim()) errors['merged'] = 'Enter the merged text';
      if (!reason.trim()) errors['reason'] = 'Enter why you chose this';
      if (Object.keys(errors).length > 0) return { ok: false as const, errors };
      const picked: ConflictChoice =
        choice === MERGE ? { kind: 'merged', value: mergedText } : { kind: 'kept', changeId: choice };
      return { ok: true as const, value: resolutionRequest(detail.conflict, detail.latest, picked, reason) };
    },
    async (request) => {
      await commit(request);
      void navigate('/conflicts', { replace: true });
    },
    'reason',
  );

  if (detail === undefined) return <p className="govuk-body">Loading the conflict…</p>;
  if (detail === null) return <NotFoundPage />;
  // Each side as its author last wrote it: a later edit on the same laptop continues that side.
  const { conflict, latest: changes, changes: starts, current, title } = detail;
  const textual = changes.every((change) => typeof change.fields[conflict.field] === 'string');
  return (
    <>
      <BackLink href="/conflicts">Back to conflicts</BackLink>
      {Object.keys(form.errors).length > 0 && <ErrorSummary errors={summaryItems(form.errors, 'resolve-')} />}
      <span className="govuk-caption-l">
        {ENTITY_LABELS[conflict.entity]}: {title}
      </span>
      <h1 className="govuk-heading-l">Resolve the {fieldName}</h1>
      <p className="govuk-body">
        These versions were written from the same starting point without their authors seeing each other’s. Until you
        decide, the workbench shows: <strong className="app-preserve-lines">{describeValue(current)}</strong>
      </p>
      <div className="govuk-grid-row">
        {changes.map((change, index) => (
          <div
            key={change.id}
            className={changes.length === 2 ? 'govuk-grid-column-one-half' : 'govuk-grid-column-one-third'}
          >
            <VersionCard
              change={change}
              field={conflict.field}
              number={index + 1}
              editedAgain={starts[index]?.id !== change.id}
            />
          </div>
        ))}
      </div>
      <form noValidate onSubmit={form.onSubmit}>
        <Radios
          name="choice"
          idPrefix="resolve-choice"
          legend="Which version should the record keep?"
          legendSize="m"
          value={choice}
          onChange={setChoice}
          error={form.errors['choice']}
          items={[
            ...changes.map((change, index) => ({
              value: change.id,
              label: `Keep version ${index + 1} (${change.actor.name})`,
            })),
            ...(textual
              ? [
                  {
                    value: MERGE,
                    label: 'Write a merged version',
                    conditional: (
                      <Textarea
                        id="resolve-merged"
                        label="Merged text"
                        rows={6}
                        value={mergedText}
                        onChange={(event) => setMerged(event.target.value)}
                        error={form.errors['merged']}
                      />
                    ),
                  },
                ]
              : []),
          ]}
        />
        <Textarea
          id="resolve-reason"
          label="Why did you choose this?"
          hint="This is recorded in the audit trail with your decision."
          rows={3}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          error={form.errors['reason']}
        />
        <Button type="submit" disabled={form.saving}>
          Resolve conflict
        </Button>
      </form>
    </>
  );
}

function VersionCard({
  change,
  field,
  number,
  editedAgain,
}: {
  change: Change;
  field: string;
  number: number;
  editedAgain: boolean;
}) {
  return (
    <SummaryList
      card={{ title: `Version ${number}`, headingLevel: 2 }}
      rows={[
        { key: 'Text', value: <span className="app-preserve-lines">{describeValue(change.fields[field])}</span> },
        { key: 'By', value: change.actor.name },
        {
          key: 'When',
          value: `${formatDateTime(change.at.utc)}${editedAgain ? ' (their latest edit; the earlier ones are in the audit trail)' : ''}`,
        },
        { key: 'Reason given', value: change.reason ?? 'None' },
      ]}
    />
  );
}

/** A merge starts from every version, one after another, for the person to edit down. */
function describeMergeStart(changes: readonly Change[], field: string): string {
  return changes.map((change) => describeValue(change.fields[field])).join('\n\n');
}
