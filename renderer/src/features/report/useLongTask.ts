/**
 * Long work on the Report screen (rendering a PDF with a hundred photos takes seconds): one task at
 * a time, its progress for a ProgressIndicator, and its failure as a message a person can act on.
 */
import { useCallback, useState } from 'react';

export type LongTaskState =
  | { state: 'idle' }
  | { state: 'running'; label: string; fraction: number; activity: string }
  | { state: 'failed'; label: string; message: string };

export interface LongTask {
  status: LongTaskState;
  running: boolean;
  run<T>(label: string, work: (progress: (fraction: number, activity: string) => void) => Promise<T>): Promise<T | undefined>;
}

export function useLongTask(): LongTask {
  const [status, setStatus] = useState<LongTaskState>({ state: 'idle' });
  const run = useCallback(
    async <T,>(label: string, work: (progress: (fraction: number, activity: string) => void) => Promise<T>) => {
      setStatus({ state: 'running', label, fraction: 0, activity: 'Starting' });
      try {
        const result = await work((fraction, activity) => setStatus({ state: 'running', label, fraction, activity }));
        setStatus({ state: 'idle' });
        return result;
      } catch (error) {
        setStatus({ state: 'failed', label, message: error instanceof Error ? error.message : String(error) });
        return undefined;
      }
    },
    [],
  );
  return { status, running: status.state === 'running', run };
}
