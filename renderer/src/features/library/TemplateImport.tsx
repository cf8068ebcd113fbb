/**
 * Importing a checklist template from JSON: the file is checked against the published schema and the
 * version rules before anything is written, and every problem is listed with where it is.
 */
import { useState } from 'react';
import { v7 as uuidv7 } from 'uuid';
import { MAX_TEMPLATE_FILE_BYTES, parseTemplateFile } from '@shared/content/checklists/importTemplate';
import type { ChecklistTemplate } from '@shared/content/checklists/templateSchema';
import { checkTemplateImport, contentHash } from '@shared/content/checklists/templateVersions';
import { Button } from '../../components/govuk/Button';
import { ErrorSummary } from '../../components/govuk/ErrorSummary';
import { FileUpload } from '../../components/govuk/FileUpload';
import { NotificationBanner } from '../../components/govuk/NotificationBanner';
import { useCommit } from '../../db/DataContext';
import { readTextFile } from './readTextFile';

export function TemplateImport({ held }: { held: readonly ChecklistTemplate[] }) {
  const commit = useCommit();
  const [files, setFiles] = useState<readonly File[]>([]);
  const [errors, setErrors] = useState<string[]>([]);
  const [done, setDone] = useState<string>();

  async function importFile() {
    setDone(undefined);
    const file = files[0];
    if (!file) return setErrors(['Choose a template file to import']);
    const read = await readTextFile(file, MAX_TEMPLATE_FILE_BYTES);
    if (!read.ok) return setErrors([read.error]);
    const parsed = parseTemplateFile(read.text);
    if (!parsed.ok) return setErrors(parsed.errors.map((e) => `${file.name}: ${e}`));
    const decision = checkTemplateImport(parsed.template, held);
    if (decision.kind === 'refused') return setErrors([decision.message]);
    if (decision.kind === 'unchanged') {
      setErrors([]);
      return setDone(
        `${parsed.template.title} version ${parsed.template.version} is already on this device; nothing changed.`,
      );
    }
    const template = parsed.template;
    try {
      await commit({
        intents: [
          {
            op: 'create',
            entity: 'checklistTemplate',
            fields: {
              id: uuidv7(),
              templateId: template.templateId,
              version: template.version,
              contentHash: contentHash(template),
              template,
            },
          },
        ],
      });
      setErrors([]);
      setDone(`Imported ${template.title} version ${template.version}.`);
    } catch (error) {
      setErrors([error instanceof Error ? error.message : String(error)]);
    }
  }

  return (
    <>
      {errors.length > 0 && (
        <ErrorSummary
          title="The template was not imported"
          errors={errors.map((text) => ({ text, href: '#template-file' }))}
        />
      )}
      {done && (
        <NotificationBanner type="success" title="Success">
          {done}
        </NotificationBanner>
      )}
      <FileUpload
        id="template-file"
        label="Import a checklist template"
        labelSize="s"
        hint="A JSON file in the published checklist template format. Published versions cannot be changed; a new version is imported alongside."
        accept="application/json,.json"
        files={files}
        onChange={setFiles}
        error={errors[0]}
      />
      <Button variant="secondary" onClick={() => void importFile()}>
        Import template
      </Button>
    </>
  );
}
