/**
 * What a printed copy contains: which optional annexes, and how large the photos are. These change
 * the printout, not what the report says, so they are not part of the signed content.
 */
import type { AnnexSelection, OptionalAnnex } from '@shared/report/reportDocument';
import { Checkboxes } from '../../components/govuk/Checkboxes';
import { Radios } from '../../components/govuk/Radios';
import type { PhotoSize } from '../../report/pdfPhotos';

const ANNEX_LABELS: Readonly<Record<OptionalAnnex, string>> = {
  photos: 'Photographs',
  documents: 'Documents reviewed',
  people: 'People met',
  definitions: 'Definitions of the grades',
};

const PHOTO_SIZES: readonly { value: PhotoSize; label: string; hint: string }[] = [
  { value: 'small', label: 'Small', hint: 'Thumbnails, about 5 cm wide: the smallest file' },
  { value: 'medium', label: 'Medium', hint: 'About 9.5 cm wide, with the caption beside it' },
  { value: 'large', label: 'Large', hint: 'The full width of the page' },
];

export interface ReportSettingsValue {
  annexes: AnnexSelection;
  photoSize: PhotoSize;
}

export function ReportSettings({
  value,
  onChange,
}: {
  value: ReportSettingsValue;
  onChange: (value: ReportSettingsValue) => void;
}) {
  const annexKeys = Object.keys(ANNEX_LABELS) as OptionalAnnex[];
  return (
    <>
      <Checkboxes
        idPrefix="report-annexes"
        name="annexes"
        legend="Annexes to include"
        legendSize="s"
        hint="The deficiency annex is always included. Leaving an annex out does not affect signatures."
        small
        values={annexKeys.filter((key) => value.annexes[key])}
        onChange={(checked) =>
          onChange({
            ...value,
            annexes: Object.fromEntries(annexKeys.map((key) => [key, checked.includes(key)])) as Record<
              OptionalAnnex,
              boolean
            >,
          })
        }
        items={annexKeys.map((key) => ({ value: key, label: ANNEX_LABELS[key] }))}
      />
      <Radios
        idPrefix="report-photo-size"
        name="photoSize"
        legend="Photo size"
        legendSize="s"
        small
        value={value.photoSize}
        onChange={(next) => onChange({ ...value, photoSize: next as PhotoSize })}
        items={PHOTO_SIZES}
      />
    </>
  );
}
