/**
 * The inspection's findings: the findings register for this inspection (grouped by grade at first,
 * the shape of the closing meeting list) and the way to raise a new finding.
 */
import { usePageTitle } from '../../app/usePageTitle';
import { Button } from '../../components/govuk/Button';
import { FindingsRegister } from '../register/FindingsRegister';
import { useInspection } from '../workspace/InspectionContext';

export function FindingsPage() {
  usePageTitle('Findings');
  const inspection = useInspection();
  return (
    <>
      <h1 className="govuk-heading-l">Findings</h1>
      <Button href={`/inspections/${inspection.id}/findings/new`}>New finding</Button>
      <FindingsRegister inspection={inspection} />
    </>
  );
}
