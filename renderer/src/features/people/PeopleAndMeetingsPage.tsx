/** People met at the organisation and its sites, and the meetings held with them. */
import { Link } from 'react-router';
import { MEETING_KIND_LABELS } from '@shared/domain/evidenceRecords';
import { usePageTitle } from '../../app/usePageTitle';
import { Button } from '../../components/govuk/Button';
import { Table } from '../../components/govuk/Table';
import { useLiveRecords } from '../../db/liveQueries';
import { formatDate } from '../../forms/dateParts';
import { useInspection } from '../workspace/InspectionContext';

export function PeopleAndMeetingsPage() {
  usePageTitle('People and meetings');
  const inspection = useInspection();
  const people = useLiveRecords('person', { inspectionId: inspection.id }) ?? [];
  const meetings = [...(useLiveRecords('meeting', { inspectionId: inspection.id }) ?? [])].sort((a, b) =>
    a.date < b.date ? -1 : 1,
  );
  const sites = new Map(
    (useLiveRecords('site', { inspectionId: inspection.id }) ?? []).map((s) => [s.id, s.identifier]),
  );
  const names = new Map(people.map((p) => [p.id, p.name]));
  const base = `/inspections/${inspection.id}/people`;
  return (
    <>
      <h1 className="govuk-heading-l">People and meetings</h1>
      <h2 className="govuk-heading-m">Meetings</h2>
      {meetings.length === 0 ? (
        <p className="govuk-body">No meetings recorded yet. An inspection starts with its opening meeting.</p>
      ) : (
        <Table
          caption="Meetings"
          captionClassName="govuk-visually-hidden"
          head={['Meeting', 'Date', 'Attendees', 'Notes']}
          rowKeys={meetings.map((m) => m.id)}
          rows={meetings.map((meeting) => [
            <Link key="m" className="govuk-link" to={`${base}/meetings/${meeting.id}`}>
              {MEETING_KIND_LABELS[meeting.kind]}
            </Link>,
            formatDate(meeting.date),
            meeting.attendeeIds.map((id) => names.get(id) ?? 'Removed person').join(', ') || 'None recorded',
            meeting.notes.length > 120 ? `${meeting.notes.slice(0, 120)}…` : meeting.notes,
          ])}
        />
      )}
      <div className="govuk-button-group">
        <Button variant="secondary" href={`${base}/meetings/new?kind=opening`}>
          Record the opening meeting
        </Button>
        <Button variant="secondary" href={`${base}/meetings/new`}>
          Record another meeting
        </Button>
      </div>
      <h2 className="govuk-heading-m">People met</h2>
      {people.length === 0 ? (
        <p className="govuk-body">No people recorded yet.</p>
      ) : (
        <Table
          caption="People met"
          captionClassName="govuk-visually-hidden"
          head={['Name', 'Job title', 'Role', 'Organisation', 'Site']}
          rowKeys={people.map((p) => p.id)}
          rows={people.map((person) => [
            <Link key="p" className="govuk-link" to={`${base}/${person.id}`}>
              {person.name}
            </Link>,
            person.jobTitle,
            person.role,
            person.organisation,
            person.siteId ? (sites.get(person.siteId) ?? '') : '',
          ])}
        />
      )}
      <Button variant="secondary" href={`${base}/new`}>
        Add a person met
      </Button>
    </>
  );
}
