/**
 * Says whether the stored original still matches the SHA-256 taken at capture, checked each time the
 * photo page opens (SECURITY.md D7). A mismatch or a missing file is flagged as a warning, because
 * such a photo can no longer be relied on as a true copy.
 */
import { Tag } from '../../components/govuk/Tag';
import { WarningText } from '../../components/govuk/WarningText';
import { BLOB_PROBLEM_MESSAGES } from '../../photos/readVerifiedBlob';
import { useBlobIntegrity } from './useVerifiedBlob';

export function OriginalIntegrity({ sha256 }: { sha256: string }) {
  const integrity = useBlobIntegrity(sha256);
  switch (integrity.state) {
    case 'loading':
      return (
        <p className="govuk-body" role="status">
          Checking the stored original against its SHA-256…
        </p>
      );
    case 'intact':
      return (
        <p className="govuk-body" role="status">
          <Tag colour="green">Verified</Tag> The stored original matches its SHA-256 (checked when this page opened).
        </p>
      );
    case 'missing':
    case 'altered':
      return (
        <div role="alert">
          <WarningText>
            {BLOB_PROBLEM_MESSAGES[integrity.state]} Do not rely on it as evidence until it has been restored from
            another copy.
          </WarningText>
        </div>
      );
  }
}
