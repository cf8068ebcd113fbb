/** Change the inspection's details, scope, areas not inspected and agenda. */
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { usePageTitle } from '../../app/usePageTitle';
import { BackLink } from '../../components/govuk/BackLink';
import { Button } from '../../components/govuk/Button';
import { ErrorSummary } from '../../components/govuk/ErrorSummary';
import { useCommit } from '../../db/DataContext';
import { summaryItems } from '../../forms/formErrors';
import { useFormSubmission } from '../../forms/useFormSubmission';
import { DETAILS_ANCHORS } from '../inspections/detailsAnchors';
import { InspectionDetailsFields } from '../inspections/InspectionDetailsFields';
import { detailsValuesFrom, validateDetails } from '../inspections/inspectionDetailsForm';
import { useInspection } from '../workspace/InspectionContext';

export function EditDetailsPage() {
  usePageTitle('Inspection details');
  const inspection = useInspection();
  const commit = useCommit();
  const navigate = useNavigate();
  const [values, setValues] = useState(detailsValuesFrom(inspection));
  const back = `/inspections/${inspection.id}/plan`;
  const form = useFormSubmission(
    () => {
      const result = validateDetails(values);
      return result.ok ? { ok: true, value: result.fields } : result;
    },
    async (fields) => {
      await commit({ intents: [{ op: 'update', entity: 'inspection', id: inspection.id, fields }] });
      void navigate(back);
    },
    'reference',
  );
  return (
    <>
      <BackLink href={back}>Back</BackLink>
      {Object.keys(form.errors).length > 0 && (
        <ErrorSummary errors={summaryItems(form.errors, 'details-', DETAILS_ANCHORS)} />
      )}
      <h1 className="govuk-heading-l">Inspection details</h1>
      <form noValidate onSubmit={form.onSubmit}>
        <InspectionDetailsFields values={values} errors={form.errors} onChange={setValues} />
        <Button type="submit" disabled={form.saving}>
          Save changes
        </Button>
      </form>
    </>
  );
}
