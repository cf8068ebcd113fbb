/**
 * The MOJ header with the product name and the security marking every screen carries
 * (OFFICIAL-SENSITIVE: inspection data is commercially confidential and may identify patients).
 */
import { Link } from 'react-router';
import { requestLock, useLockState } from '../security/lockState';

export function AppHeader() {
  const { locked } = useLockState();
  return (
    <header className="moj-header" role="banner">
      <div className="moj-header__container app-width-container">
        <div className="moj-header__logo">
          <Link className="moj-header__link moj-header__link--organisation-name" to="/">
            Medicines inspectorate
          </Link>
          <Link className="moj-header__link moj-header__link--service-name" to="/">
            Inspection Workbench
          </Link>
        </div>
        <div className="moj-header__content app-header__marking">
          <strong className="app-security-marking" aria-label="Security marking: official sensitive">
            OFFICIAL-SENSITIVE
          </strong>
          {!locked && (
            <button type="button" className="app-header__lock" onClick={requestLock}>
              Lock now
            </button>
          )}
        </div>
      </div>
    </header>
  );
}
