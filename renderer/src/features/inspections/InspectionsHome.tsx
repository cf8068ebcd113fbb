/** The Inspections home: every inspection on this device, or a real empty state. */
import { usePageTitle } from '../../app/usePageTitle';

export function InspectionsHome() {
  usePageTitle('Inspections');
  return (
    <>
      <h1 className="govuk-heading-l">Inspections</h1>
      <div className="app-empty-state">
        <h2 className="govuk-heading-m">No inspections on this device yet</h2>
        <p className="govuk-body">Inspections you plan, import or download from the agency gateway appear here.</p>
      </div>
    </>
  );
}
