/** The citation library in force on this device: the newest of the shipped and imported versions. */
import { useMemo } from 'react';
import { CITATION_LIBRARY, latestCitationLibrary } from '@shared/content/citations/citationLibrary';
import type { Citation, CitationLibrary } from '@shared/content/citations/citationSchema';
import { useLiveRecords } from '../../db/liveQueries';

export function useCitationLibrary(): { library: CitationLibrary; held: readonly CitationLibrary[] } {
  const records = useLiveRecords('citationLibrary');
  return useMemo(() => {
    const held = [CITATION_LIBRARY, ...(records ?? []).map((r) => r.library)];
    return { library: latestCitationLibrary(held) ?? CITATION_LIBRARY, held };
  }, [records]);
}

/** How a citation reads in a finding's references and the report. */
export function citationLabel(citation: Citation): string {
  return `${citation.source}, ${citation.section}`;
}
