/** Importing a newer citation library from JSON, under the published schema and the version rules. */
import { v7 as uuidv7 } from 'uuid';
import {
  checkCitationLibraryImport,
  citationLibraryHash,
  parseCitationLibraryFile,
} from '@shared/content/citations/citationLibrary';
import type { CitationLibrary } from '@shared/content/citations/citationSchema';
import { MAX_CITATION_FILE_BYTES } from '@shared/content/citations/importCitationLibrary';
import { ContentFileImport, type ImportDecision } from './ContentFileImport';

function decide(library: CitationLibrary, held: readonly CitationLibrary[]): ImportDecision {
  const decision = checkCitationLibraryImport(library, held);
  if (decision.kind === 'refused') return decision;
  if (decision.kind === 'unchanged') {
    return {
      kind: 'unchanged',
      message: `Citation library version ${library.libraryVersion} is already on this device; nothing changed.`,
    };
  }
  return {
    kind: 'add',
    message: `Imported citation library version ${library.libraryVersion}.`,
    intent: {
      op: 'create',
      entity: 'citationLibrary',
      fields: {
        id: uuidv7(),
        libraryVersion: library.libraryVersion,
        contentHash: citationLibraryHash(library),
        library,
      },
    },
  };
}

export function CitationImport({ held }: { held: readonly CitationLibrary[] }) {
  return (
    <ContentFileImport
      id="citation-file"
      label="Import a citation library"
      hint="A JSON file in the published citation library format."
      buttonText="Import citation library"
      noun="citation library"
      maxBytes={MAX_CITATION_FILE_BYTES}
      parse={(text) => {
        const parsed = parseCitationLibraryFile(text);
        return parsed.ok ? { ok: true, value: parsed.library } : parsed;
      }}
      decide={(library) => decide(library, held)}
    />
  );
}
