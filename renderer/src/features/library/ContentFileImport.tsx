/**
 * Importing a published content file (a checklist template or a citation library): read it with a size
 * cap, parse and validate it, apply the version rules, and only then write it through the change log.
 * Every problem is listed in a GOV.UK error summary; nothing is written unless everything passed.
 */
import { useState } from 'react';
import type { RecordIntent } from '../../db/commit';
import { Button } from '../../components/govuk/Button';
import { ErrorSummary } from '../../components/govuk/ErrorSummary';
import { FileUpload } from '../../components/govuk/FileUpload';
import { NotificationBanner } from '../../components/govuk/NotificationBanner';
import { useCommit } from '../../db/DataContext';
import { readTextFile } from './readTextFile';

/** What the version rules decided about a parsed file. */
export type ImportDecision =
  | { kind: 'refused'; message: string }
  | { kind: 'unchanged'; message: string }
  | { kind: 'add'; intent: RecordIntent; message: string };

export interface ContentFileImportProps<T> {
  id: string;
  label: string;
  hint: string;
  buttonText: string;
  noun: string;
  maxBytes: number;
  parse: (text: string) => { ok: true; value: T } | { ok: false; errors: string[] };
  decide: (value: T) => ImportDecision;
}

export function ContentFileImport<T>({
  id,
  label,
  hint,
  buttonText,
  noun,
  maxBytes,
  parse,
  decide,
}: ContentFileImportProps<T>) {
  const commit = useCommit();
  const [files, setFiles] = useState<readonly File[]>([]);
  const [errors, setErrors] = useState<string[]>([]);
  const [done, setDone] = useState<string>();

  async function importFile() {
    setDone(undefined);
    const file = files[0];
    if (!file) return setErrors([`Choose a ${noun} file to import`]);
    const read = await readTextFile(file, maxBytes);
    if (!read.ok) return setErrors([read.error]);
    const parsed = parse(read.text);
    if (!parsed.ok) return setErrors(parsed.errors.map((e) => `${file.name}: ${e}`));
    const decision = decide(parsed.value);
    if (decision.kind === 'refused') return setErrors([decision.message]);
    try {
      if (decision.kind === 'add') await commit({ intents: [decision.intent] });
      setErrors([]);
      setDone(decision.message);
    } catch (error) {
      setErrors([error instanceof Error ? error.message : String(error)]);
    }
  }

  return (
    <>
      {errors.length > 0 && (
        <ErrorSummary
          title={`The ${noun} was not imported`}
          errors={errors.map((text) => ({ text, href: `#${id}` }))}
        />
      )}
      {done && (
        <NotificationBanner type="success" title="Success">
          {done}
        </NotificationBanner>
      )}
      <FileUpload
        id={id}
        label={label}
        labelSize="s"
        hint={hint}
        accept="application/json,.json"
        files={files}
        onChange={setFiles}
        error={errors[0]}
      />
      <Button variant="secondary" onClick={() => void importFile()}>
        {buttonText}
      </Button>
    </>
  );
}
