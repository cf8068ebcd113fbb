/** Plan a new inspection: the details first; sites, products and team follow on the Plan screen. */
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { Id } from '@shared/domain/primitives';
import { v7 as uuidv7 } from 'uuid';
import type { Inspection } from '@shared/domain/inspection';
import { usePageTitle } from '../../app/usePageTitle';
import { BackLink } from '../../components/govuk/BackLink';
import { Button } from '../../components/govuk/Button';
import { ErrorSummary } from '../../components/govuk/ErrorSummary';
import { useCommit, useCurrentUser } from '../../db/DataContext';
import { summaryItems } from '../../forms/formErrors';
import { useFormSubmission } from '../../forms/useFormSubmission';
import { DETAILS_ANCHORS } from './detailsAnchors';
import { InspectionDetailsFields } from './InspectionDetailsFields';
import { detailsValuesFrom, validateDetails } from './inspectionDetailsForm';

export function NewInspectionPage() {
  usePageTitle('New inspection');
  const navigate = useNavigate();
  const commit = useCommit();
  const user = useCurrentUser();
  // Set up from a gateway assignment (Sync screen): the inspection takes the gateway's id, so the
  // team's work lands in one inspection.
  const [params] = useSearchParams();
  const assignmentId = Id.safeParse(params.get('assignment')).data;
  const [values, setValues] = useState(() => ({
    ...detailsValuesFrom(undefined),
    ...(assignmentId ? { reference: params.get('reference') ?? '' } : {}),
  }));
  const form = useFormSubmission(
    () => {
      const result = validateDetails(values);
      return result.ok ? { ok: true, value: result.fields } : result;
    },
    async (fields) => {
      const inspection: Inspection = {
        id: assignmentId ?? uuidv7(),
        ...fields,
        status: 'planning',
        // The person planning the inspection joins its team; they can change their role on the Plan screen.
        team: [
          {
            userId: user.id,
            name: user.name,
            initials: user.initials,
            role: user.agencyRole === 'lead-inspector' ? 'lead' : 'inspector',
            disciplines: fields.disciplines,
          },
        ],
        sectionAssignments: {},
        checklistTemplates: [],
      };
      await commit({ intents: [{ op: 'create', entity: 'inspection', fields: inspection }] });
      void navigate(`/inspections/${inspection.id}/plan`);
    },
    'reference',
  );

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink href="/">Back</BackLink>
        {Object.keys(form.errors).length > 0 && (
          <ErrorSummary errors={summaryItems(form.errors, 'details-', DETAILS_ANCHORS)} />
        )}
        <h1 className="govuk-heading-l">New inspection</h1>
        <form noValidate onSubmit={form.onSubmit}>
          <InspectionDetailsFields values={values} errors={form.errors} onChange={setValues} />
          <Button type="submit" disabled={form.saving}>
            Create inspection
          </Button>
        </form>
      </div>
    </div>
  );
}
