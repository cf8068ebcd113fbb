/**
 * Every checklist template this device holds: the ones shipped with the app and the ones imported
 * (kept through the change log). An inspection reads its pinned versions from this set.
 */
import { useMemo } from 'react';
import { SHIPPED_TEMPLATES } from '@shared/content/checklists/library';
import type { ChecklistTemplate } from '@shared/content/checklists/templateSchema';
import { useLiveRecords } from '../../db/liveQueries';

export function useChecklistTemplates(): {
  templates: readonly ChecklistTemplate[];
  imported: ReadonlySet<string>;
  loading: boolean;
} {
  const records = useLiveRecords('checklistTemplate');
  return useMemo(() => {
    const imported = (records ?? []).map((record) => record.template);
    const templates = [
      ...SHIPPED_TEMPLATES,
      ...imported.filter(
        (t) => !SHIPPED_TEMPLATES.some((s) => s.templateId === t.templateId && s.version === t.version),
      ),
    ];
    return {
      templates,
      imported: new Set(imported.map((t) => `${t.templateId}@${t.version}`)),
      loading: records === undefined,
    };
  }, [records]);
}

/** The newest version of each template id, for choosing what a new inspection uses. */
export function latestOfEach(templates: readonly ChecklistTemplate[]): ChecklistTemplate[] {
  const latest = new Map<string, ChecklistTemplate>();
  for (const template of templates) {
    const held = latest.get(template.templateId);
    if (!held || held.version < template.version) latest.set(template.templateId, template);
  }
  return [...latest.values()].sort((a, b) => a.title.localeCompare(b.title, 'en-GB'));
}
