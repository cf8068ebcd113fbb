/** About: what is running, which shell, and where its data lives. */
import { usePageTitle } from '../../app/usePageTitle';
import { useAppInfo } from '../../platform/useAppInfo';
import { LockSettings } from '../../security/LockSettings';

export function AboutPage() {
  usePageTitle('About');
  const info = useAppInfo();
  const rows: [string, string | undefined][] = info
    ? [
        ['Version', info.version],
        ['Running as', info.shell === 'electron' ? 'Desktop app' : 'Browser app'],
        ['Electron', info.electron],
        ['Chromium', info.chrome],
        ['Node.js', info.node],
        ['Platform', info.platform],
        ['Data folder', info.userDataPath],
      ]
    : [];
  return (
    <>
      <h1 className="govuk-heading-l">About Inspection Workbench</h1>
      <p className="govuk-body">
        An offline-first workbench for GMP, GCP and pharmacovigilance inspections of decentralised manufacturing
        networks. Everything you record is kept on this device in an append-only, hash-chained change log until it is
        synchronised with the agency gateway.
      </p>
      {info ? (
        <dl className="govuk-summary-list">
          {rows
            .filter((row): row is [string, string] => Boolean(row[1]))
            .map(([key, value]) => (
              <div className="govuk-summary-list__row" key={key}>
                <dt className="govuk-summary-list__key">{key}</dt>
                <dd className="govuk-summary-list__value">{value}</dd>
              </div>
            ))}
        </dl>
      ) : (
        <p className="govuk-body">Loading version information…</p>
      )}
      <LockSettings />
    </>
  );
}
