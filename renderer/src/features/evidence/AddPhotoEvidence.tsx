/**
 * Adding photo evidence, from the gallery or straight into one finding: which site the photos are
 * from, the camera, file import (with "Keep location" for the GPS position in EXIF), and the batch's
 * progress and per-file outcomes.
 */
import { useState } from 'react';
import { isAfterClosingMeeting } from '@shared/domain/inspection';
import { Heading, type HeadingLevel } from '../../components/Heading';
import { Checkboxes } from '../../components/govuk/Checkboxes';
import { Select } from '../../components/govuk/Select';
import { Textarea } from '../../components/govuk/Textarea';
import { WarningText } from '../../components/govuk/WarningText';
import type { Stored } from '../../db/DataStore';
import { useLiveRecords } from '../../db/liveQueries';
import type { PhotoFileInput } from '../../photos/preparePhoto';
import { sortSites } from '../plan/sortSites';
import { useInspection } from '../workspace/InspectionContext';
import { CameraCapture } from './CameraCapture';
import { PhotoBatchProgress } from './PhotoBatchProgress';
import { PhotoImport } from './PhotoImport';
import { useAddPhotos } from './useAddPhotos';

export interface AddPhotoEvidenceProps {
  /** Photos added here are linked to this finding in the same commit. */
  finding?: Stored<'finding'> | undefined;
  headingLevel?: HeadingLevel | undefined;
}

export function AddPhotoEvidence({ finding, headingLevel = 2 }: AddPhotoEvidenceProps) {
  const inspection = useInspection();
  const sites = sortSites(useLiveRecords('site', { inspectionId: inspection.id }) ?? []);
  const [siteId, setSiteId] = useState(finding?.siteId ?? '');
  const [keepLocation, setKeepLocation] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | undefined>();
  const { progress, storageWarning, busy, addPhotos } = useAddPhotos();
  const reasonNeeded = finding !== undefined && isAfterClosingMeeting(inspection.status);
  const subheading = Math.min(headingLevel + 1, 6) as HeadingLevel;

  async function add(inputs: readonly PhotoFileInput[], source: 'camera' | 'file') {
    if (reasonNeeded && !reason.trim()) {
      setReasonError('Enter why you are adding evidence to this finding after the closing meeting');
      return;
    }
    setReasonError(undefined);
    await addPhotos(inputs, source, {
      siteId: siteId || null,
      keepLocation: source === 'file' && keepLocation,
      findingId: finding?.id,
      reason: reasonNeeded ? reason.trim() : undefined,
    });
  }

  return (
    <div className="app-add-photos">
      <Select
        id="photo-site"
        label="Which site are the photos from?"
        labelSize="s"
        value={siteId}
        onChange={(event) => setSiteId(event.target.value)}
        options={[
          { value: '', text: 'Not specific to one site' },
          ...sites.map((site) => ({ value: site.id, text: `${site.identifier} ${site.name}` })),
        ]}
      />
      {reasonNeeded && (
        <Textarea
          id="photo-reason"
          label="Why are you adding evidence after the closing meeting?"
          labelSize="s"
          rows={2}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          error={reasonError}
        />
      )}
      <Heading level={subheading} className="govuk-heading-s">
        Take a photo
      </Heading>
      <CameraCapture disabled={busy} onCapture={(input) => add([input], 'camera')} />
      <Heading level={subheading} className="govuk-heading-s">
        Import photos
      </Heading>
      <Checkboxes
        name="keep-location"
        idPrefix="photo-keep-location"
        legend="Location in the photos"
        legendSize="s"
        small
        values={keepLocation ? ['keep'] : []}
        onChange={(values) => setKeepLocation(values.includes('keep'))}
        items={[
          {
            value: 'keep',
            label: 'Keep location',
            hint: 'Record where each photo was taken, if the camera saved it. The original file is always kept exactly as it was.',
          },
        ]}
      />
      <PhotoImport disabled={busy} onFiles={(inputs) => add(inputs, 'file')} />
      {storageWarning && <WarningText>{storageWarning}</WarningText>}
      {progress && <PhotoBatchProgress progress={progress} />}
    </div>
  );
}
