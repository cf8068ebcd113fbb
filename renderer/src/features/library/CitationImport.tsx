/** Importing a newer citation library from JSON, checked completely before anything is written. */
import { useState } from 'react';
import { v7 as uuidv7 } from 'uuid';
import {
  checkCitationLibraryImport,
  citationLibraryHash,
  parseCitationLibraryFile,
} from '@shared/content/citations/citationLibrary';
import type { CitationLibrary } from '@shared/content/citations/citationSchema';
import { MAX_CITATION_FILE_BYTES } from '@shared/content/citations/importCitationLibrary';
import { Button } from '../../components/govuk/Button';
import { ErrorSummary } from '../../components/govuk/ErrorSummary';
import { FileUpload } from '../../components/govuk/FileUpload';
import { NotificationBanner } from '../../components/govuk/NotificationBanner';
import { useCommit } from '../../db/DataContext';
import { readTextFile } from './readTextFile';

export function CitationImport({ held }: { held: readonly CitationLibrary[] }) {
  const commit = useCommit();
  const [files, setFiles] = useState<readonly File[]>([]);
  const [errors, setErrors] = useState<string[]>([]);
  const [done, setDone] = useState<string>();

  async function importFile() {
    setDone(undefined);
    const file = files[0];
    if (!file) return setErrors(['Choose a citation library file to import']);
    const read = await readTextFile(file, MAX_CITATION_FILE_BYTES);
    if (!read.ok) return setErrors([read.error]);
    const parsed = parseCitationLibraryFile(read.text);
    if (!parsed.ok) return setErrors(parsed.errors.map((e) => `${file.name}: ${e}`));
    const decision = checkCitationLibraryImport(parsed.library, held);
    if (decision.kind === 'refused') return setErrors([decision.message]);
    if (decision.kind === 'unchanged') {
      setErrors([]);
      return setDone(
        `Citation library version ${parsed.library.libraryVersion} is already on this device; nothing changed.`,
      );
    }
    try {
      await commit({
        intents: [
          {
            op: 'create',
            entity: 'citationLibrary',
            fields: {
              id: uuidv7(),
              libraryVersion: parsed.library.libraryVersion,
              contentHash: citationLibraryHash(parsed.library),
              library: parsed.library,
            },
          },
        ],
      });
      setErrors([]);
      setDone(`Imported citation library version ${parsed.library.libraryVersion}.`);
    } catch (error) {
      setErrors([error instanceof Error ? error.message : String(error)]);
    }
  }

  return (
    <>
      {errors.length > 0 && (
        <ErrorSummary
          title="The citation library was not imported"
          errors={errors.map((text) => ({ text, href: '#citation-file' }))}
        />
      )}
      {done && (
        <NotificationBanner type="success" title="Success">
          {done}
        </NotificationBanner>
      )}
      <FileUpload
        id="citation-file"
        label="Import a citation library"
        labelSize="s"
        hint="A JSON file in the published citation library format."
        accept="application/json,.json"
        files={files}
        onChange={setFiles}
        error={errors[0]}
      />
      <Button variant="secondary" onClick={() => void importFile()}>
        Import citation library
      </Button>
    </>
  );
}
