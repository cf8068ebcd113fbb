/**
 * The checklist templates shipped with the app. Each is validated against the schema when this
 * module loads, so a bad edit to a shipped JSON file fails every test and every build at once with a
 * message saying which file and what is wrong, instead of reaching an inspector. Shipped templates
 * are frozen: published content is immutable.
 */
import { deepFreeze } from '../deepFreeze';
import { contentErrorMap, describeIssues } from '../import/describeIssues';
import { ChecklistTemplateSchema, type ChecklistTemplate } from './templateSchema';
import { findTemplateVersion, latestTemplateVersion } from './templateVersions';
import dmGcpV1 from './templates/dm-gcp.v1.json';
import dmGmpV1 from './templates/dm-gmp.v1.json';
import dmPvV1 from './templates/dm-pv.v1.json';
import euGmpPart1V1 from './templates/eu-gmp-part1.v1.json';

const SHIPPED_FILES: readonly { file: string; data: unknown }[] = [
  { file: 'templates/dm-gmp.v1.json', data: dmGmpV1 },
  { file: 'templates/dm-gcp.v1.json', data: dmGcpV1 },
  { file: 'templates/dm-pv.v1.json', data: dmPvV1 },
  { file: 'templates/eu-gmp-part1.v1.json', data: euGmpPart1V1 },
];

function loadShippedTemplates(): readonly ChecklistTemplate[] {
  const templates: ChecklistTemplate[] = [];
  for (const { file, data } of SHIPPED_FILES) {
    const parsed = ChecklistTemplateSchema.safeParse(data, { error: contentErrorMap });
    if (!parsed.success) {
      throw new Error(
        `Shipped checklist template shared/content/checklists/${file} is invalid:\n${describeIssues(parsed.error.issues).join('\n')}`,
      );
    }
    const template = parsed.data;
    if (findTemplateVersion(template.templateId, template.version, templates)) {
      throw new Error(
        `Shipped checklist template ${template.templateId} version ${template.version} is shipped twice (${file}).`,
      );
    }
    templates.push(deepFreeze(template));
  }
  return Object.freeze(templates);
}

export const SHIPPED_TEMPLATES: readonly ChecklistTemplate[] = loadShippedTemplates();

export function findTemplate(
  templateId: string,
  version: number,
  available: readonly ChecklistTemplate[] = SHIPPED_TEMPLATES,
): ChecklistTemplate | undefined {
  return findTemplateVersion(templateId, version, available);
}

export function latestVersion(
  templateId: string,
  available: readonly ChecklistTemplate[] = SHIPPED_TEMPLATES,
): number | undefined {
  return latestTemplateVersion(templateId, available);
}
