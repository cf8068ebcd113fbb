/**
 * Version rules for checklist templates. A template is identified by (templateId, version); a
 * published version is immutable, so an inspection that pinned dm-gmp v1 reads exactly the items it
 * started with even after v2 ships (DOMAIN.md 6.4 item 10: configuration-controlled libraries).
 * Importing a version already held with identical content is a no-op; with different content it is
 * refused; any other version is simply a new template alongside the ones already held.
 */
import { sha256OfCanonicalJson } from '../contentHash';
import { checkPublication } from '../publicationRules';
import type { ChecklistTemplate, TemplatePin } from './templateSchema';

/** SHA-256 of the template's canonical JSON: equal hashes mean equal content. */
export function contentHash(template: ChecklistTemplate): string {
  return sha256OfCanonicalJson(template);
}

export type TemplateImportDecision =
  /** Not held yet. `firstOfItsId` is true when no version of this template id is held. */
  | { kind: 'add'; template: ChecklistTemplate; firstOfItsId: boolean; latestHeld: number | null }
  | { kind: 'unchanged'; template: ChecklistTemplate }
  | { kind: 'refused'; message: string };

export function checkTemplateImport(
  candidate: ChecklistTemplate,
  held: readonly ChecklistTemplate[],
): TemplateImportDecision {
  const sameId = held.filter((template) => template.templateId === candidate.templateId);
  const check = checkPublication(
    `Template ${candidate.templateId}`,
    { version: candidate.version, hash: contentHash(candidate) },
    sameId.map((template) => ({ version: template.version, hash: contentHash(template) })),
  );
  switch (check.kind) {
    case 'new':
      return { kind: 'add', template: candidate, firstOfItsId: sameId.length === 0, latestHeld: check.latestPublished };
    case 'unchanged':
      return { kind: 'unchanged', template: candidate };
    case 'refused':
      return { kind: 'refused', message: check.message };
  }
}

/** Adds a template to a held set under the rules above; the input array is never modified. */
export function publishTemplate(
  held: readonly ChecklistTemplate[],
  candidate: ChecklistTemplate,
):
  | { ok: true; templates: readonly ChecklistTemplate[]; decision: TemplateImportDecision }
  | { ok: false; message: string } {
  const decision = checkTemplateImport(candidate, held);
  if (decision.kind === 'refused') return { ok: false, message: decision.message };
  return { ok: true, templates: decision.kind === 'add' ? [...held, candidate] : held, decision };
}

export function findTemplateVersion(
  templateId: string,
  version: number,
  available: readonly ChecklistTemplate[],
): ChecklistTemplate | undefined {
  return available.find((template) => template.templateId === templateId && template.version === version);
}

export function latestTemplateVersion(templateId: string, available: readonly ChecklistTemplate[]): number | undefined {
  return available.reduce<number | undefined>(
    (max, template) =>
      template.templateId === templateId && (max === undefined || template.version > max) ? template.version : max,
    undefined,
  );
}

export interface PinnedTemplates {
  /** The pinned versions found, in the order of the pins (each pin once). */
  templates: ChecklistTemplate[];
  /** Pins for which the exact version is not available (never silently replaced by another version). */
  missing: TemplatePin[];
}

export function resolvePinned(pins: readonly TemplatePin[], available: readonly ChecklistTemplate[]): PinnedTemplates {
  const templates: ChecklistTemplate[] = [];
  const missing: TemplatePin[] = [];
  const seen = new Set<string>();
  for (const pin of pins) {
    const key = `${pin.templateId}@${pin.version}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const found = findTemplateVersion(pin.templateId, pin.version, available);
    if (found) templates.push(found);
    else missing.push({ templateId: pin.templateId, version: pin.version });
  }
  return { templates, missing };
}

/** A sentence for the user when pinned templates are missing, or null when none are. */
export function describeMissingPins(missing: readonly TemplatePin[]): string | null {
  if (missing.length === 0) return null;
  const list = missing.map((pin) => `${pin.templateId} version ${pin.version}`).join(', ');
  return `This inspection uses checklist ${missing.length === 1 ? 'template' : 'templates'} ${list}, which ${
    missing.length === 1 ? 'is' : 'are'
  } not on this device. Import ${missing.length === 1 ? 'it' : 'them'} to see the checklist as it was pinned.`;
}
