/**
 * Importing photos: the GOV.UK file upload with its drop zone ("Choose photos or drop photos here"),
 * which starts the batch as soon as files are chosen or dropped. In the desktop shell the system
 * file dialog is offered too, through the platform bridge. What arrives is checked by the pipeline
 * whatever the `accept` filter or the file names say.
 */
import { useState } from 'react';
import { Button } from '../../components/govuk/Button';
import { FileUpload } from '../../components/govuk/FileUpload';
import { usePlatform } from '../../platform/PlatformContext';
import {
  PHOTO_ACCEPT,
  PHOTO_FILE_FILTERS,
  photoInputFromFile,
  photoInputFromPicked,
} from '../../photos/photoFileInputs';
import { MAX_PHOTO_BYTES, MAX_PHOTO_MEGAPIXELS, formatMegabytes } from '../../photos/photoLimits';
import type { PhotoFileInput } from '../../photos/preparePhoto';

export function PhotoImport({
  onFiles,
  disabled,
}: {
  onFiles: (inputs: readonly PhotoFileInput[]) => Promise<void>;
  disabled: boolean;
}) {
  const platform = usePlatform();
  const [chosen, setChosen] = useState<File[]>([]);

  function importFiles(files: File[]) {
    if (files.length === 0) return;
    setChosen(files);
    void onFiles(files.map(photoInputFromFile)).finally(() => setChosen([]));
  }

  async function pickWithSystemDialog() {
    const picked = await platform.pickFiles({ title: 'Choose photos', filters: PHOTO_FILE_FILTERS, multiple: true });
    if (picked.length > 0) await onFiles(picked.map(photoInputFromPicked));
  }

  return (
    <>
      <FileUpload
        id="photo-import"
        name="photos"
        label="Photos to import"
        labelSize="s"
        hint={`JPEG, PNG or WebP photos, each up to ${formatMegabytes(MAX_PHOTO_BYTES)} and ${MAX_PHOTO_MEGAPIXELS} megapixels. Choose or drop several at once.`}
        multiple
        accept={PHOTO_ACCEPT}
        files={chosen}
        onChange={importFiles}
        disabled={disabled}
        chooseFilesButtonText="Choose photos"
        dropInstructionText="or drop photos here"
        noFileChosenText="No photos chosen"
      />
      {platform.kind === 'electron' && (
        <Button type="button" variant="secondary" disabled={disabled} onClick={() => void pickWithSystemDialog()}>
          Choose photos with the system file dialog
        </Button>
      )}
    </>
  );
}
