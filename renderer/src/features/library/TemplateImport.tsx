/** Importing a checklist template from JSON, under the published schema and the version rules. */
import { v7 as uuidv7 } from 'uuid';
import { MAX_TEMPLATE_FILE_BYTES, parseTemplateFile } from '@shared/content/checklists/importTemplate';
import type { ChecklistTemplate } from '@shared/content/checklists/templateSchema';
import { checkTemplateImport, contentHash } from '@shared/content/checklists/templateVersions';
import { ContentFileImport, type ImportDecision } from './ContentFileImport';

function decide(template: ChecklistTemplate, held: readonly ChecklistTemplate[]): ImportDecision {
  const decision = checkTemplateImport(template, held);
  if (decision.kind === 'refused') return decision;
  if (decision.kind === 'unchanged') {
    return {
      kind: 'unchanged',
      message: `${template.title} version ${template.version} is already on this device; nothing changed.`,
    };
  }
  return {
    kind: 'add',
    message: `Imported ${template.title} version ${template.version}.`,
    intent: {
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
  };
}

export function TemplateImport({ held }: { held: readonly ChecklistTemplate[] }) {
  return (
    <ContentFileImport
      id="template-file"
      label="Import a checklist template"
      hint="A JSON file in the published checklist template format. Published versions cannot be changed; a new version is imported alongside."
      buttonText="Import template"
      noun="template"
      maxBytes={MAX_TEMPLATE_FILE_BYTES}
      parse={(text) => {
        const parsed = parseTemplateFile(text);
        return parsed.ok ? { ok: true, value: parsed.template } : parsed;
      }}
      decide={(template) => decide(template, held)}
    />
  );
}
