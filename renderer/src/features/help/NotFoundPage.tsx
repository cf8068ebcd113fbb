/** GOV.UK "page not found" pattern for an unknown route. */
import { Link } from 'react-router';
import { usePageTitle } from '../../app/usePageTitle';

export function NotFoundPage() {
  usePageTitle('Page not found');
  return (
    <>
      <h1 className="govuk-heading-l">Page not found</h1>
      <p className="govuk-body">This screen does not exist. It may have been an old link.</p>
      <p className="govuk-body">
        <Link className="govuk-link" to="/">
          Go to your inspections
        </Link>
      </p>
    </>
  );
}
