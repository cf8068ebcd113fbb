/** The findings register across all inspections (/register): the lead inspector's and reviewer's view. */
import { usePageTitle } from '../../app/usePageTitle';
import { FindingsRegister } from './FindingsRegister';

export function FindingsRegisterPage() {
  usePageTitle('Findings register');
  return (
    <>
      <h1 className="govuk-heading-l">Findings register</h1>
      <p className="govuk-body">Every finding in every inspection on this device, except deleted ones.</p>
      <FindingsRegister />
    </>
  );
}
