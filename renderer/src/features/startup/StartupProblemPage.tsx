/** A full-page explanation when the data cannot be opened as it is: nothing is changed or deleted. */
import { usePageTitle } from '../../app/usePageTitle';

export function StartupProblemPage({ title, message }: { title: string; message: string }) {
  usePageTitle(title);
  return (
    <>
      <h1 className="govuk-heading-l">{title}</h1>
      <p className="govuk-body" role="alert">
        {message}
      </p>
    </>
  );
}
