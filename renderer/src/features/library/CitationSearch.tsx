/**
 * Search the citation library: regulatory references with a short paraphrase and standard deficiency
 * wordings, as FDA investigators pick standard citations. Used on the Library screen and, with
 * `onPick`, in the finding editor to add a reference or start from a wording.
 */
import { useDeferredValue, useId, useState } from 'react';
import { searchLibrary } from '@shared/content/citations/citationSearch';
import type { Citation } from '@shared/content/citations/citationSchema';
import type { Discipline } from '@shared/domain/disciplines';
import { TextInput } from '../../components/govuk/TextInput';
import { citationLabel, useCitationLibrary } from './useCitationLibrary';

export interface CitationPickActions {
  onAddReference(citation: Citation): void;
  onUseWording(citation: Citation, wording: string): void;
}

const MAX_RESULTS = 20;

export function CitationSearch({
  discipline,
  actions,
  label = 'Search the citation library',
}: {
  discipline?: Discipline | undefined;
  actions?: CitationPickActions;
  label?: string;
}) {
  const { library } = useCitationLibrary();
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query);
  const id = useId();
  const results = deferred.trim()
    ? searchLibrary(library, deferred, { ...(discipline ? { discipline } : {}), limit: MAX_RESULTS })
    : [];
  return (
    <div className="app-citation-search">
      <TextInput
        id={`${id}-query`}
        type="search"
        label={label}
        labelSize="s"
        hint="For example: annex 1 aseptic, QPPV, chain of identity, DMMF"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        autoComplete="off"
      />
      <p className="govuk-body-s" aria-live="polite">
        {deferred.trim()
          ? `${results.length === MAX_RESULTS ? `First ${MAX_RESULTS}` : results.length} matching citation${results.length === 1 ? '' : 's'} in library version ${library.libraryVersion}`
          : ''}
      </p>
      <ul className="govuk-list app-citation-results">
        {results.map((citation) => (
          <li key={citation.citationId} className="app-citation">
            <h3 className="govuk-heading-s govuk-!-margin-bottom-1">
              {citationLabel(citation)}: {citation.title}
              {citation.verify && (
                <strong className="govuk-tag govuk-tag--grey govuk-!-margin-left-2">To verify</strong>
              )}
            </h3>
            <p className="govuk-body-s govuk-!-margin-bottom-1">{citation.paraphrase}</p>
            {actions ? (
              <>
                <button
                  type="button"
                  className="govuk-button govuk-button--secondary app-inline-button"
                  onClick={() => actions.onAddReference(citation)}
                >
                  Add reference<span className="govuk-visually-hidden"> {citationLabel(citation)}</span>
                </button>
                <ul className="govuk-list govuk-body-s">
                  {citation.standardWordings.map((wording, index) => (
                    <li key={index}>
                      {wording}{' '}
                      <button
                        type="button"
                        className="govuk-button govuk-button--secondary app-inline-button"
                        onClick={() => actions.onUseWording(citation, wording)}
                      >
                        Use wording
                        <span className="govuk-visually-hidden">
                          {' '}
                          {index + 1} of {citationLabel(citation)}
                        </span>
                      </button>
                    </li>
                  ))}
                </ul>
              </>
            ) : (
              <ul className="govuk-list govuk-list--bullet govuk-body-s">
                {citation.standardWordings.map((wording, index) => (
                  <li key={index}>{wording}</li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
