/**
 * The annotation editor: draw arrows, boxes, text and solid redaction boxes over a photo, then save
 * the result as a NEW photo rendered from the verified original at full resolution (source
 * 'annotation', derivedFrom the photo drawn on). The photo being annotated is never changed.
 */
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { v7 as uuidv7 } from 'uuid';
import { isAfterClosingMeeting } from '@shared/domain/inspection';
import { usePageTitle } from '../../app/usePageTitle';
import { BackLink } from '../../components/govuk/BackLink';
import { Button } from '../../components/govuk/Button';
import { Checkboxes } from '../../components/govuk/Checkboxes';
import { ErrorMessage } from '../../components/govuk/ErrorMessage';
import { Textarea } from '../../components/govuk/Textarea';
import { useCommit, useDataStore } from '../../db/DataContext';
import type { Stored } from '../../db/DataStore';
import { useLiveRecord, useLiveRecords } from '../../db/liveQueries';
import { describeAnnotation, type Annotation, type AnnotationTool } from '../../photos/annotations';
import { findingsUsingPhoto, linkPhotosIntent } from '../../photos/photoLinks';
import { workerPhotoRenderer } from '../../photos/photoRenderer';
import { prepareAnnotatedPhoto } from '../../photos/prepareAnnotatedPhoto';
import { BLOB_PROBLEM_MESSAGES, readVerifiedBlob } from '../../photos/readVerifiedBlob';
import { NotFoundPage } from '../help/NotFoundPage';
import { useInspection } from '../workspace/InspectionContext';
import { AnnotationCanvas } from './AnnotationCanvas';
import { AnnotationToolbar } from './AnnotationToolbar';
import { photoAlt, photoTitle } from './photoLabels';
import { useVerifiedImageUrl } from './useVerifiedBlob';
import './evidence.css';

export function AnnotatePhotoPage() {
  const { photoId } = useParams();
  const inspection = useInspection();
  const photo = useLiveRecord('photo', photoId);
  usePageTitle(photo ? `Annotate ${photoTitle(photo)}` : 'Annotate photo');
  if (photo === undefined) return <p className="govuk-body">Loading photo…</p>;
  if (photo === null || photo.inspectionId !== inspection.id) return <NotFoundPage />;
  return <AnnotatePhoto key={photo.id} photo={photo} />;
}

function AnnotatePhoto({ photo }: { photo: Stored<'photo'> }) {
  const inspection = useInspection();
  const store = useDataStore();
  const commit = useCommit();
  const navigate = useNavigate();
  const image = useVerifiedImageUrl(photo.displaySha256, 'image/jpeg');
  const findings = useLiveRecords('finding', { inspectionId: inspection.id }) ?? [];
  const usedIn = findingsUsingPhoto(findings, photo.id);
  const [annotations, setAnnotations] = useState<Annotation[]>([]);
  const [tool, setTool] = useState<AnnotationTool>('redaction');
  const [text, setText] = useState('');
  const [caption, setCaption] = useState(photo.caption);
  const [linkCopy, setLinkCopy] = useState(false);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const back = `/inspections/${inspection.id}/evidence/${photo.id}`;
  const canLinkCopy = usedIn.length > 0 && !isAfterClosingMeeting(inspection.status);

  async function save() {
    setSaving(true);
    setError(null);
    try {
      const original = await readVerifiedBlob(store, photo.sha256);
      if (original.state !== 'intact') {
        setError(`${BLOB_PROBLEM_MESSAGES[original.state]} No copy can be made from it.`);
        return;
      }
      const result = await prepareAnnotatedPhoto(photo, original.bytes, annotations, {
        caption: caption.trim(),
        renderer: workerPhotoRenderer,
        newId: uuidv7,
        now: () => new Date(),
      });
      if (!result.ok) {
        setError(result.reason);
        return;
      }
      const { photo: copy, blobs } = result.prepared;
      const links = linkCopy && canLinkCopy ? usedIn.map((finding) => linkPhotosIntent(finding, [copy.id])) : [];
      await commit({
        intents: [{ op: 'create', entity: 'photo', fields: copy }, ...links.filter((link) => link !== null)],
        blobs,
      });
      void navigate(`/inspections/${inspection.id}/evidence/${copy.id}`);
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
    } finally {
      setSaving(false);
    }
  }

  return (
    <>
      <BackLink href={back}>Back to the photo</BackLink>
      <span className="govuk-caption-l app-file-name">{photoTitle(photo)}</span>
      <h1 className="govuk-heading-l">Annotate or redact</h1>
      <p className="govuk-body">
        Your drawing is saved as a new photo, made from the original at full resolution. The original photo is not
        changed. Use a redaction box to cover patient identifiers and other personal details completely.
      </p>
      <AnnotationToolbar
        tool={tool}
        onToolChange={setTool}
        text={text}
        onTextChange={setText}
        canUndo={annotations.length > 0}
        onUndo={() => setAnnotations((list) => list.slice(0, -1))}
      />
      <p className="govuk-hint" id="annotation-keyboard-help">
        Drag on the photo to draw. With the keyboard: Tab to the photo, move the cross with the arrow keys (hold Shift
        for bigger steps), press Enter to start a shape and Enter again to finish it. Escape cancels a shape.
      </p>
      {image.state === 'intact' ? (
        <AnnotationCanvas
          imageUrl={image.url}
          annotations={annotations}
          tool={tool}
          text={text}
          onAdd={(annotation) => setAnnotations((list) => [...list, annotation])}
          photoDescription={photoAlt(photo)}
        />
      ) : image.state === 'loading' ? (
        <p className="govuk-body">Loading the photo…</p>
      ) : (
        <p className="govuk-body">{BLOB_PROBLEM_MESSAGES[image.state]}</p>
      )}

      <h2 className="govuk-heading-m">What you have drawn</h2>
      {annotations.length === 0 ? (
        <p className="govuk-body">Nothing yet.</p>
      ) : (
        <ol className="govuk-list govuk-list--number" aria-label="Annotations">
          {annotations.map((annotation, index) => (
            <li key={index} className="app-annotation-list__item">
              <span>{describeAnnotation(annotation)}</span>
              <button
                type="button"
                className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0 app-inline-button"
                onClick={() => setAnnotations((list) => list.filter((_, i) => i !== index))}
              >
                Remove<span className="govuk-visually-hidden"> annotation {index + 1}</span>
              </button>
            </li>
          ))}
        </ol>
      )}

      <Textarea
        id="annotation-caption"
        label="Caption for the new copy"
        rows={2}
        value={caption}
        onChange={(event) => setCaption(event.target.value)}
      />
      {canLinkCopy && (
        <Checkboxes
          name="link-copy"
          idPrefix="annotation-link-copy"
          legend="Findings"
          legendSize="s"
          small
          values={linkCopy ? ['link'] : []}
          onChange={(values) => setLinkCopy(values.includes('link'))}
          items={[
            {
              value: 'link',
              label: `Also use the new copy in ${usedIn.map((finding) => finding.reference).join(', ')}`,
            },
          ]}
        />
      )}
      {error && <ErrorMessage id="annotation-error">{error}</ErrorMessage>}
      <div className="govuk-button-group">
        <Button type="button" disabled={saving || annotations.length === 0} onClick={() => void save()}>
          {saving ? 'Saving…' : 'Save as a new photo'}
        </Button>
        <BackLink href={back} className="govuk-!-margin-top-0">
          Cancel
        </BackLink>
      </div>
    </>
  );
}
