/** "Load the sample inspection" on the home screen, with progress while its photos are made. */
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { Button } from '../../components/govuk/Button';
import { ProgressIndicator } from '../../components/ProgressIndicator';
import { useCommit, useCurrentUser } from '../../db/DataContext';
import { loadSampleInspection, type SampleProgress } from './loadSampleInspection';

export function LoadSampleButton({ alreadyLoaded }: { alreadyLoaded: boolean }) {
  const commit = useCommit();
  const user = useCurrentUser();
  const navigate = useNavigate();
  const [progress, setProgress] = useState<SampleProgress>();
  const [error, setError] = useState<string>();
  if (alreadyLoaded) return null;
  async function load() {
    setError(undefined);
    try {
      const id = await loadSampleInspection(user, commit, setProgress);
      void navigate(`/inspections/${id}`);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
      setProgress(undefined);
    }
  }
  return (
    <>
      <Button variant="secondary" disabled={progress !== undefined} onClick={() => void load()}>
        Load the sample inspection
      </Button>
      {progress && (
        <ProgressIndicator
          label="Loading the sample inspection"
          value={progress.done}
          max={progress.total}
          valueText={`${progress.done} of ${progress.total} steps`}
        />
      )}
      {error && (
        <p className="govuk-error-message" role="alert">
          <span className="govuk-visually-hidden">Error:</span> {error}
        </p>
      )}
    </>
  );
}
