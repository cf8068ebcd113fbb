/**
 * The signatures on the report and whether each is still valid for the content as it stands now
 * (SECURITY.md C3): valid while the content hash is the one signed, otherwise marked no longer valid.
 */
import { SIGNATURE_INVALID_TEXT, type ReportDocument } from '@shared/report/reportDocument';
import { utcDateTime } from '@shared/report/reportText';
import { Table } from '../../components/govuk/Table';
import { Tag } from '../../components/govuk/Tag';

export function SignatureList({ model }: { model: ReportDocument }) {
  if (model.signatures.length === 0) return <p className="govuk-body">The report has not been signed.</p>;
  return (
    <Table
      caption="Signatures"
      captionClassName="govuk-visually-hidden"
      head={['Meaning', 'Signed by', 'Signed (UTC)', 'Status']}
      rowKeys={model.signatures.map((s) => s.id)}
      rows={model.signatures.map((signature) => [
        signature.meaningLabel,
        `${signature.signerName}, ${signature.signerRole}`,
        utcDateTime(signature.signedAt),
        signature.status === 'valid' ? (
          <Tag key="s" colour="green">
            Valid
          </Tag>
        ) : (
          <span key="s">
            <Tag colour="red">Not valid</Tag>
            <span className="govuk-body-s govuk-!-display-block govuk-!-margin-top-1">{SIGNATURE_INVALID_TEXT}</span>
          </span>
        ),
      ])}
    />
  );
}
