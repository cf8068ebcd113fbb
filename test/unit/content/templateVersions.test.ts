/**
 * Template versions: a published version never changes, re-importing it is harmless, a changed copy
 * must take a new version number, and an inspection keeps reading the exact version it pinned.
 */
import { describe, expect, it } from 'vitest';
import { findTemplate, latestVersion, SHIPPED_TEMPLATES } from '@shared/content/checklists/library';
import {
  checkTemplateImport,
  contentHash,
  describeMissingPins,
  publishTemplate,
  resolvePinned,
} from '@shared/content/checklists/templateVersions';
import { copy, sampleTemplate } from './fixtures';

function editedCopy(version: number) {
  const template = copy(sampleTemplate({ version }));
  const item = template.sections[0]?.items[0];
  if (!item) throw new Error('fixture changed');
  item.text = 'Deviations are investigated to root cause.';
  return template;
}

describe('contentHash', () => {
  it('depends on content, not on key order', () => {
    const template = sampleTemplate();
    const reordered = Object.fromEntries(Object.entries(template).reverse()) as typeof template;
    expect(contentHash(reordered)).toBe(contentHash(template));
    expect(contentHash(template)).toMatch(/^[0-9a-f]{64}$/);
    expect(contentHash(editedCopy(1))).not.toBe(contentHash(template));
  });
});

describe('checkTemplateImport', () => {
  const held = [sampleTemplate()];

  it('treats identical content under a held version as a no-op', () => {
    expect(checkTemplateImport(copy(sampleTemplate()), held)).toMatchObject({ kind: 'unchanged' });
  });

  it('refuses different content under a held version and names the next free version', () => {
    expect(checkTemplateImport(editedCopy(1), held)).toEqual({
      kind: 'refused',
      message: 'Template sample-gmp version 1 is already published with different content; publish it as version 2',
    });
    const dmGmp = findTemplate('dm-gmp', 1);
    if (!dmGmp) throw new Error('dm-gmp v1 is not shipped');
    const changed = { ...copy(dmGmp), title: 'Changed title' };
    expect(checkTemplateImport(changed, SHIPPED_TEMPLATES)).toEqual({
      kind: 'refused',
      message: 'Template dm-gmp version 1 is already published with different content; publish it as version 2',
    });
  });

  it('numbers the suggestion after the highest version held', () => {
    const withV3 = [...held, editedCopy(3)];
    const decision = checkTemplateImport({ ...sampleTemplate(), title: 'Other' }, withV3);
    expect(decision).toMatchObject({
      kind: 'refused',
      message: expect.stringContaining('publish it as version 4') as unknown,
    });
  });

  it('adds a new version as a new template alongside the old one', () => {
    const result = publishTemplate(held, editedCopy(2));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.decision).toMatchObject({ kind: 'add', firstOfItsId: false, latestHeld: 1 });
    expect(result.templates.map((t) => t.version)).toEqual([1, 2]);
    expect(held).toHaveLength(1);
  });

  it('adds a template id never seen before', () => {
    expect(checkTemplateImport(sampleTemplate({ templateId: 'new-one' }), held)).toMatchObject({
      kind: 'add',
      firstOfItsId: true,
      latestHeld: null,
    });
  });

  it('publishTemplate returns the same set for an unchanged import and refuses a clash', () => {
    const same = publishTemplate(held, copy(sampleTemplate()));
    expect(same.ok && same.templates).toBe(held);
    expect(publishTemplate(held, editedCopy(1))).toEqual({
      ok: false,
      message: 'Template sample-gmp version 1 is already published with different content; publish it as version 2',
    });
  });
});

describe('resolvePinned', () => {
  const v1 = sampleTemplate();
  const v2 = editedCopy(2);
  const available = [v1, v2, sampleTemplate({ templateId: 'other' })];

  it('returns the exact pinned version even when a newer one exists', () => {
    const { templates, missing } = resolvePinned([{ templateId: 'sample-gmp', version: 1 }], available);
    expect(templates).toEqual([v1]);
    expect(missing).toEqual([]);
  });

  it('reports missing pins instead of substituting another version', () => {
    const pins = [
      { templateId: 'sample-gmp', version: 2 },
      { templateId: 'sample-gmp', version: 5 },
      { templateId: 'gone', version: 1 },
      { templateId: 'sample-gmp', version: 2 },
    ];
    const { templates, missing } = resolvePinned(pins, available);
    expect(templates).toEqual([v2]);
    expect(missing).toEqual([
      { templateId: 'sample-gmp', version: 5 },
      { templateId: 'gone', version: 1 },
    ]);
    expect(describeMissingPins(missing)).toBe(
      'This inspection uses checklist templates sample-gmp version 5, gone version 1, which are not on this device. Import them to see the checklist as it was pinned.',
    );
    expect(describeMissingPins([])).toBeNull();
  });

  it('resolves shipped templates by pin, and knows the latest shipped version', () => {
    const { templates, missing } = resolvePinned(
      [
        { templateId: 'dm-gmp', version: 1 },
        { templateId: 'dm-pv', version: 1 },
      ],
      SHIPPED_TEMPLATES,
    );
    expect(templates.map((t) => t.templateId)).toEqual(['dm-gmp', 'dm-pv']);
    expect(missing).toEqual([]);
    expect(latestVersion('dm-gcp')).toBe(1);
    expect(latestVersion('unknown')).toBeUndefined();
    expect(findTemplate('dm-gmp', 2)).toBeUndefined();
  });
});
