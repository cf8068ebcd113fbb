/**
 * Published content is immutable (DOMAIN.md 6.4 item 10): once a template or citation library
 * version ships, inspections pin it and devices hold it, so its content must never change under the
 * same version number. This test records the content hash of every shipped version. If it fails
 * because you edited a shipped file, put the original back and publish your edit as a new version
 * (a new JSON file with the next version number). Only a version that has never left the repository
 * may have its hash updated here.
 */
import { describe, expect, it } from 'vitest';
import { SHIPPED_TEMPLATES } from '@shared/content/checklists/library';
import { contentHash } from '@shared/content/checklists/templateVersions';
import { CITATION_LIBRARY, citationLibraryHash } from '@shared/content/citations/citationLibrary';

const PUBLISHED_TEMPLATE_HASHES: Readonly<Record<string, string>> = {
  'dm-gmp@1': '90cc5098d28c450aad7b52219f659d835f4cc08f79af8ca5951d60ae3270695d',
  'dm-gcp@1': '352e30ad72d8df16f5eea4463a664507a33e443b0e8fe660c2fe8a2f3286baa2',
  'dm-pv@1': '209bf5cb202f2739fb32ff95cb9649dc33b49ebf3739809c958e7125b8651eca',
  'eu-gmp-part1@1': '6ea272e3544f09896ac7c3821f64bc946d21c25b5ec752781312bb3bd676091b',
};

const PUBLISHED_CITATION_LIBRARY_HASHES: Readonly<Record<number, string>> = {
  1: 'afd69679de57de8f65a9d5c4e6d1fc058a1f816e485cf9122d3a891af122b067',
};

describe('published content is frozen', () => {
  it.each(SHIPPED_TEMPLATES.map((template) => [`${template.templateId}@${template.version}`, template] as const))(
    'template %s still has the content it was published with',
    (key, template) => {
      const recorded = PUBLISHED_TEMPLATE_HASHES[key];
      expect(recorded, `${key} is not recorded here; add its hash when you publish it`).toBeDefined();
      expect(
        contentHash(template),
        `${key} has changed since it was published; publish the change as a new version instead`,
      ).toBe(recorded);
    },
  );

  it('the citation library still has the content it was published with', () => {
    const recorded = PUBLISHED_CITATION_LIBRARY_HASHES[CITATION_LIBRARY.libraryVersion];
    expect(recorded).toBeDefined();
    expect(
      citationLibraryHash(CITATION_LIBRARY),
      `citation library version ${CITATION_LIBRARY.libraryVersion} has changed since it was published; publish the change as a new libraryVersion instead`,
    ).toBe(recorded);
  });
});
