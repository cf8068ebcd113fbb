/** One checklist template version, read-only: its sections and items with their references. */
import { useParams } from 'react-router';
import { findTemplateVersion } from '@shared/content/checklists/templateVersions';
import { DISCIPLINE_NAMES } from '@shared/domain/disciplines';
import { usePageTitle } from '../../app/usePageTitle';
import { BackLink } from '../../components/govuk/BackLink';
import { SummaryList } from '../../components/govuk/SummaryList';
import { NotFoundPage } from '../help/NotFoundPage';
import { useChecklistTemplates } from './useChecklistTemplates';

export function TemplatePage() {
  const { templateId = '', version = '' } = useParams();
  const { templates, loading } = useChecklistTemplates();
  const template = findTemplateVersion(templateId, Number(version), templates);
  usePageTitle(template ? template.title : 'Checklist template');
  if (loading) return <p className="govuk-body">Loading…</p>;
  if (!template) return <NotFoundPage />;
  return (
    <>
      <BackLink href="/library">Back</BackLink>
      <span className="govuk-caption-l">Checklist template, version {template.version}</span>
      <h1 className="govuk-heading-l">{template.title}</h1>
      <SummaryList
        rows={[
          { key: 'Identifier', value: template.templateId },
          { key: 'Discipline', value: DISCIPLINE_NAMES[template.discipline] },
          { key: 'Published', value: template.publishedAt },
          { key: 'Built from', value: template.source },
          { key: 'Description', value: template.description },
        ]}
      />
      {template.sections.map((section) => (
        <section key={section.sectionId} aria-labelledby={`section-${section.sectionId}`}>
          <h2 className="govuk-heading-m" id={`section-${section.sectionId}`}>
            {section.title}
          </h2>
          {section.description && <p className="govuk-body">{section.description}</p>}
          <dl className="govuk-summary-list">
            {section.items.map((item) => (
              <div className="govuk-summary-list__row" key={item.itemId}>
                <dt className="govuk-summary-list__key">{item.itemId}</dt>
                <dd className="govuk-summary-list__value">
                  <p className="govuk-body">{item.text}</p>
                  <p className="govuk-body-s govuk-!-margin-bottom-0">
                    {item.references.map((r) => r.text).join('; ')}
                    {item.verify ? ' (reference to verify)' : ''}
                  </p>
                </dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </>
  );
}
