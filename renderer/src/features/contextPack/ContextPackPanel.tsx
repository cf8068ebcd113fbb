/**
 * What the agency knew before the visit, from the context pack received at sync and kept for offline
 * use: the previous inspection's deficiencies with the status of their CAPAs, and the licence and
 * certificate snapshot of the sites. Folded away beside the checklists so it is there when needed.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { gradeLabel } from '@shared/domain/classificationSchemes';
import { CAPA_STATUS_LABELS } from '@shared/sync/protocol';
import { Details } from '../../components/govuk/Details';
import { Table } from '../../components/govuk/Table';
import { Tag } from '../../components/govuk/Tag';
import { useDataStore } from '../../db/DataContext';
import { formatDateTime } from '../../forms/dateParts';
import { cachedContextPack } from '../../sync/contextPacks';

const CAPA_TAG_COLOURS = { open: 'yellow', closed: 'green', overdue: 'red' } as const;

export function ContextPackPanel({ inspectionId }: { inspectionId: string }) {
  const store = useDataStore();
  const pack = useLiveQuery(() => cachedContextPack(store, inspectionId), [store, inspectionId]);
  if (!pack) return null;
  const { content } = pack;
  return (
    <Details summary={`What the agency knew before the visit (context pack version ${pack.version})`}>
      <p className="govuk-body-s">Published {formatDateTime(pack.publishedAt)}; kept on this laptop for use offline.</p>
      {content.previousFindings.length > 0 && (
        <Table
          caption="The previous inspection’s deficiencies"
          captionSize="s"
          head={[
            { content: 'Reference' },
            { content: 'Deficiency' },
            { content: 'Grade' },
            { content: 'Company action' },
          ]}
          rowKeys={content.previousFindings.map((finding) => finding.reference)}
          rows={content.previousFindings.map((finding) => [
            { content: finding.reference },
            { content: finding.title },
            { content: gradeLabel(finding.discipline, finding.classification) },
            {
              content: (
                <Tag colour={CAPA_TAG_COLOURS[finding.capaStatus]}>
                  CAPA {CAPA_STATUS_LABELS[finding.capaStatus].toLowerCase()}
                </Tag>
              ),
            },
          ])}
        />
      )}
      {content.sites.length > 0 && (
        <Table
          caption="Sites, licences and certificates on record"
          captionSize="s"
          head={[{ content: 'Site' }, { content: 'Location' }, { content: 'On record' }]}
          rowKeys={content.sites.map((site) => site.id)}
          rows={content.sites.map((site) => [
            { content: `${site.identifier} ${site.name}` },
            { content: site.location || 'Not recorded' },
            { content: <span className="app-preserve-lines">{site.notes || 'Nothing recorded'}</span> },
          ])}
        />
      )}
      {content.notes && <p className="govuk-body app-preserve-lines">{content.notes}</p>}
    </Details>
  );
}
