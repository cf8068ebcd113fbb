/**
 * One checklist item: what should be in place, its references and guidance, and the inspector's
 * answer, note and sites. The answer saves as soon as it is chosen; the note saves as the inspector
 * pauses typing and when they leave the field, so nothing typed waits for a Save button.
 */
import { useRef, useState, type KeyboardEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import type { ChecklistItem } from '@shared/content/checklists/templateSchema';
import {
  CHECKLIST_ANSWER_LABELS,
  ChecklistAnswerSchema,
  type ChecklistAnswer,
  type ChecklistResponse,
} from '@shared/domain/checklistResponse';
import { Checkboxes } from '../../components/govuk/Checkboxes';
import { Details } from '../../components/govuk/Details';
import { Radios } from '../../components/govuk/Radios';
import { Textarea } from '../../components/govuk/Textarea';
import type { Stored } from '../../db/DataStore';
import type { FindingPrefill } from '../findings/FindingEditorPage';
import type { ResponseFields } from './useSaveResponse';

export const ANSWER_KEYS: Readonly<Record<string, ChecklistAnswer>> = {
  '1': 'satisfactory',
  '2': 'deficiency',
  '3': 'not-applicable',
  '4': 'not-assessed',
};

const NOTE_SAVE_DELAY_MS = 800;

export interface ItemCardProps {
  inspectionId: string;
  templateId: string;
  discipline: Stored<'finding'>['discipline'];
  item: ChecklistItem;
  response: ChecklistResponse | undefined;
  sites: readonly Stored<'site'>[];
  linkedFindings: readonly Stored<'finding'>[];
  returnTo: string;
  save: (fields: Partial<ResponseFields>) => Promise<void>;
  onMove: (direction: 1 | -1) => void;
}

export function ChecklistItemCard(props: ItemCardProps) {
  const { item, response, sites, save, templateId } = props;
  const navigate = useNavigate();
  const [note, setNote] = useState(response?.note ?? '');
  // Answer and sites show the inspector's choice at once; the stored value catches up a moment later.
  const [answer, setAnswer] = useState<string>(response?.answer ?? '');
  const [siteIds, setSiteIds] = useState<readonly string[]>(response?.siteIds ?? []);
  const storedAnswer = response?.answer ?? '';
  const storedSites = JSON.stringify(response?.siteIds ?? []);
  const [seen, setSeen] = useState({ answer: storedAnswer, sites: storedSites });
  if (seen.answer !== storedAnswer || seen.sites !== storedSites) {
    // The stored answer changed (this save landed, or another window or sync changed it): show it.
    setSeen({ answer: storedAnswer, sites: storedSites });
    setAnswer(storedAnswer);
    setSiteIds(response?.siteIds ?? []);
  }
  const [saveError, setSaveError] = useState<string>();
  const savedNote = useRef(response?.note ?? '');
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const id = `item-${templateId}-${item.itemId}`;

  const storedNote = response?.note ?? '';
  const [seenNote, setSeenNote] = useState(storedNote);
  if (seenNote !== storedNote) {
    // A note changed elsewhere (another window, sync) shows up unless the inspector has unsaved typing here.
    setSeenNote(storedNote);
    if (note === seenNote) setNote(storedNote);
  }

  const run = (fields: Partial<ResponseFields>) =>
    save(fields).then(
      () => setSaveError(undefined),
      (error: unknown) => setSaveError(error instanceof Error ? error.message : String(error)),
    );

  const flushNote = (text: string) => {
    clearTimeout(timer.current);
    if (text === savedNote.current) return;
    savedNote.current = text;
    void run({ note: text });
  };

  function onKeyDown(event: KeyboardEvent<HTMLElement>) {
    const target = event.target as HTMLElement;
    if (target.tagName === 'TEXTAREA' || (target.tagName === 'INPUT' && (target as HTMLInputElement).type === 'text'))
      return;
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const keyed = ANSWER_KEYS[event.key];
    if (keyed) {
      event.preventDefault();
      // Move on at once so fast typing answers consecutive items; the save completes in the background
      // and an error would show on this item.
      setAnswer(keyed);
      void run({ answer: keyed });
      props.onMove(1);
    } else if (event.key === 'n' || event.key === 'j') {
      event.preventDefault();
      props.onMove(1);
    } else if (event.key === 'p' || event.key === 'k') {
      event.preventDefault();
      props.onMove(-1);
    }
  }

  function raiseFinding() {
    const site = response?.siteIds[0] ?? null;
    const state: FindingPrefill = {
      prefill: {
        title: item.text.length > 120 ? `${item.text.slice(0, 117)}…` : item.text,
        discipline: props.discipline,
        references: item.references.map((r) => r.text),
        checklistItemIds: [`${templateId}:${item.itemId}`],
        siteId: site,
        statement: response?.note ?? '',
      },
      returnTo: props.returnTo,
    };
    void navigate(`/inspections/${props.inspectionId}/findings/new`, { state });
  }

  return (
    // The item is a keyboard region: 1-4 answer it, N and P move between items (listed on the page).
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
    <section className="app-checklist-item" id={id} aria-labelledby={`${id}-title`} onKeyDown={onKeyDown}>
      <h2 className="govuk-heading-s" id={`${id}-title`}>
        <span className="app-checklist-item__id">{item.itemId}</span> {item.text}
      </h2>
      <p className="govuk-body-s">
        References: {item.references.map((r) => r.text).join('; ')}
        {item.verify && (
          <strong className="govuk-tag govuk-tag--grey govuk-!-margin-left-2">Reference to verify</strong>
        )}
      </p>
      {item.guidance && <Details summary="What to look at">{item.guidance}</Details>}
      <Radios
        idPrefix={`${id}-answer`}
        name={`${id}-answer`}
        legend={<span className="govuk-visually-hidden">Answer for {item.itemId}</span>}
        inline
        small
        value={answer}
        onChange={(value) => {
          const chosen = ChecklistAnswerSchema.parse(value);
          setAnswer(chosen);
          void run({ answer: chosen });
        }}
        items={ChecklistAnswerSchema.options.map((answer, index) => ({
          value: answer,
          label: `${CHECKLIST_ANSWER_LABELS[answer]} (${index + 1})`,
        }))}
      />
      <Textarea
        id={`${id}-note`}
        label={`Note for ${item.itemId}`}
        labelSize="s"
        rows={2}
        value={note}
        onChange={(event) => {
          const text = event.target.value;
          setNote(text);
          clearTimeout(timer.current);
          timer.current = setTimeout(() => flushNote(text), NOTE_SAVE_DELAY_MS);
        }}
        onBlur={() => flushNote(note)}
      />
      {sites.length > 0 && (
        <Checkboxes
          idPrefix={`${id}-sites`}
          name={`${id}-sites`}
          legend={`Sites this concerns (${item.itemId})`}
          legendSize="s"
          small
          values={siteIds}
          onChange={(next) => {
            setSiteIds(next);
            void run({ siteIds: [...next] });
          }}
          items={sites.map((site) => ({ value: site.id, label: `${site.identifier} ${site.name}` }))}
        />
      )}
      {saveError && (
        <p className="govuk-error-message" role="alert">
          <span className="govuk-visually-hidden">Error:</span> Not saved: {saveError}
        </p>
      )}
      <div className="govuk-button-group">
        <button type="button" className="govuk-button govuk-button--secondary" onClick={raiseFinding}>
          Raise finding<span className="govuk-visually-hidden"> from {item.itemId}</span>
        </button>
        {props.linkedFindings.map((finding) => (
          <Link
            key={finding.id}
            className="govuk-link"
            to={`/inspections/${props.inspectionId}/findings/${finding.id}`}
          >
            {finding.reference}
          </Link>
        ))}
      </div>
    </section>
  );
}
