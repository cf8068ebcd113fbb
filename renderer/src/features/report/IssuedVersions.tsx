/**
 * The issued versions of the report, newest first, each with its hashes and a download that checks
 * the stored bytes against the recorded SHA-256 before saving them.
 */
import type { ReportIssue } from '@shared/domain/reportIssue';
import { utcDateTime } from '@shared/report/reportText';
import { Button } from '../../components/govuk/Button';
import { Table } from '../../components/govuk/Table';

export function IssuedVersions({
  issues,
  onDownload,
}: {
  issues: readonly ReportIssue[];
  onDownload: (issue: ReportIssue) => void;
}) {
  if (issues.length === 0) return <p className="govuk-body">No version has been issued yet.</p>;
  const newestFirst = [...issues].sort((a, b) => b.version - a.version);
  return (
    <Table
      caption="Issued versions"
      captionClassName="govuk-visually-hidden"
      head={['Version', 'Issued (UTC)', 'PDF SHA-256', 'Size', 'File']}
      rowKeys={newestFirst.map((i) => i.id)}
      rows={newestFirst.map((issue) => [
        `Version ${issue.version}`,
        utcDateTime(issue.issuedAt),
        <span key="h" className="app-hash">
          {issue.pdfSha256}
        </span>,
        `${Math.max(1, Math.round(issue.byteSize / 1024))} KB`,
        <Button key="d" variant="secondary" className="govuk-!-margin-bottom-0" onClick={() => onDownload(issue)}>
          Download<span className="govuk-visually-hidden"> version {issue.version}</span>
        </Button>,
      ])}
    />
  );
}
