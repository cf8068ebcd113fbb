/** The status of an inspection as a GOV.UK tag, coloured by how far along it is. */
import { INSPECTION_STATUS_LABELS, type InspectionStatus } from '@shared/domain/inspection';
import { Tag, type TagColour } from '../../components/govuk/Tag';

const COLOURS: Record<InspectionStatus, TagColour> = {
  planning: 'grey',
  'on-site': 'blue',
  'closing-meeting-held': 'purple',
  reporting: 'yellow',
  'report-issued': 'turquoise',
  responses: 'orange',
  closed: 'green',
};

export function InspectionStatusTag({ status }: { status: InspectionStatus }) {
  return <Tag colour={COLOURS[status]}>{INSPECTION_STATUS_LABELS[status]}</Tag>;
}
