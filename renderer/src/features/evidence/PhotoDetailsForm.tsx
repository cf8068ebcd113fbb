/** Changing a photo's caption and the site it shows. Each save is a change in the photo's audit trail. */
import { useState } from 'react';
import { Button } from '../../components/govuk/Button';
import { Select } from '../../components/govuk/Select';
import { Textarea } from '../../components/govuk/Textarea';
import { useCommit } from '../../db/DataContext';
import type { Stored } from '../../db/DataStore';
import { useLiveRecords } from '../../db/liveQueries';
import { useFormSubmission } from '../../forms/useFormSubmission';
import { sortSites } from '../plan/sortSites';

export function PhotoDetailsForm({ photo }: { photo: Stored<'photo'> }) {
  const commit = useCommit();
  const sites = sortSites(useLiveRecords('site', { inspectionId: photo.inspectionId }) ?? []);
  const [caption, setCaption] = useState(photo.caption);
  const [siteId, setSiteId] = useState(photo.siteId ?? '');
  const [saved, setSaved] = useState(false);
  const form = useFormSubmission(
    () => ({ ok: true, value: { caption: caption.trim(), siteId: siteId || null } }),
    async (fields) => {
      await commit({ intents: [{ op: 'update', entity: 'photo', id: photo.id, fields }] });
      setSaved(true);
    },
    'caption',
  );
  return (
    <form noValidate onSubmit={(event) => form.onSubmit(event)}>
      <Textarea
        id="photo-caption"
        label="Caption"
        hint="What the photo shows and why it matters, for example: ‘Fridge 2 temperature log, 24 Nov, no entries after 14:00’"
        rows={3}
        value={caption}
        onChange={(event) => {
          setCaption(event.target.value);
          setSaved(false);
        }}
        error={form.errors['caption']}
      />
      <Select
        id="photo-siteId"
        label="Site"
        value={siteId}
        onChange={(event) => {
          setSiteId(event.target.value);
          setSaved(false);
        }}
        options={[
          { value: '', text: 'Not specific to one site' },
          ...sites.map((site) => ({ value: site.id, text: `${site.identifier} ${site.name}` })),
        ]}
      />
      <div className="govuk-button-group">
        <Button type="submit" variant="secondary" disabled={form.saving}>
          Save caption and site
        </Button>
        <p className="govuk-body govuk-!-margin-bottom-0" role="status">
          {saved ? 'Caption and site saved.' : ''}
        </p>
      </div>
    </form>
  );
}
