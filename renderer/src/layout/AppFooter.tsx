/** GOV.UK footer with the version and shell the workbench is running in. */
import { Link } from 'react-router';
import { useAppInfo } from '../platform/useAppInfo';

export function AppFooter() {
  const info = useAppInfo();
  return (
    <footer className="govuk-footer" role="contentinfo">
      <div className="app-width-container">
        <div className="govuk-footer__meta">
          <div className="govuk-footer__meta-item govuk-footer__meta-item--grow">
            <h2 className="govuk-visually-hidden">Support links</h2>
            <ul className="govuk-footer__inline-list">
              <li className="govuk-footer__inline-list-item">
                <Link className="govuk-footer__link" to="/help/shortcuts">
                  Keyboard shortcuts
                </Link>
              </li>
              <li className="govuk-footer__inline-list-item">
                <Link className="govuk-footer__link" to="/about">
                  About
                </Link>
              </li>
            </ul>
            <p className="app-footer__meta">
              {info
                ? `${info.name} ${info.version} (${info.shell === 'electron' ? 'desktop' : 'browser'})`
                : 'Inspection Workbench'}
            </p>
          </div>
        </div>
      </div>
    </footer>
  );
}
