/**
 * The content library: checklist templates (versioned; view, export and import as validated JSON)
 * and the citation library (search, import).
 */
import { Link } from 'react-router';
import { serialiseTemplate } from '@shared/content/checklists/importTemplate';
import { DISCIPLINE_NAMES } from '@shared/domain/disciplines';
import { usePageTitle } from '../../app/usePageTitle';
import { Table } from '../../components/govuk/Table';
import { usePlatform } from '../../platform/PlatformContext';
import { CitationImport } from './CitationImport';
import { CitationSearch } from './CitationSearch';
import { TemplateImport } from './TemplateImport';
import { useChecklistTemplates } from './useChecklistTemplates';
import { useCitationLibrary } from './useCitationLibrary';

export function LibraryPage() {
  usePageTitle('Library');
  const platform = usePlatform();
  const { templates, imported } = useChecklistTemplates();
  const { library, held } = useCitationLibrary();
  const sorted = [...templates].sort((a, b) => a.title.localeCompare(b.title, 'en-GB') || b.version - a.version);
  return (
    <>
      <h1 className="govuk-heading-l">Library</h1>
      <h2 className="govuk-heading-m">Checklist templates</h2>
      <Table
        caption="Checklist templates on this device"
        captionClassName="govuk-visually-hidden"
        head={['Template', 'Discipline', 'Version', 'Items', 'Source', 'Export']}
        rowKeys={sorted.map((t) => `${t.templateId}@${t.version}`)}
        rows={sorted.map((template) => [
          <Link key="t" className="govuk-link" to={`/library/templates/${template.templateId}/${template.version}`}>
            {template.title}
          </Link>,
          DISCIPLINE_NAMES[template.discipline],
          { content: template.version, format: 'numeric' },
          { content: template.sections.reduce((n, s) => n + s.items.length, 0), format: 'numeric' },
          imported.has(`${template.templateId}@${template.version}`) ? 'Imported' : 'Shipped with the app',
          <button
            key="e"
            type="button"
            className="govuk-button govuk-button--secondary app-inline-button"
            onClick={() =>
              void platform.saveFile(
                `${template.templateId}.v${template.version}.json`,
                new TextEncoder().encode(serialiseTemplate(template)),
                [{ name: 'Checklist template', extensions: ['json'] }],
              )
            }
          >
            Export JSON
            <span className="govuk-visually-hidden">
              {' '}
              of {template.title} version {template.version}
            </span>
          </button>,
        ])}
      />
      <TemplateImport held={templates} />

      <h2 className="govuk-heading-m govuk-!-margin-top-6">Citations</h2>
      <p className="govuk-body">
        Citation library version {library.libraryVersion}, published {library.publishedAt}, with{' '}
        {library.citations.length} citations.
      </p>
      <CitationSearch />
      <CitationImport held={held} />
    </>
  );
}
