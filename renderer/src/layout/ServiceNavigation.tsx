/** GOV.UK service navigation: the workbench's top-level areas, with the current one marked. */
import { Link, useLocation } from 'react-router';

export interface NavigationItem {
  href: string;
  text: string;
  /** Paths that count as this item being current, besides `href` itself. */
  matches?: (pathname: string) => boolean;
}

export function ServiceNavigation({ items }: { items: NavigationItem[] }) {
  const { pathname } = useLocation();
  return (
    <section aria-label="Service information" className="govuk-service-navigation">
      <div className="app-width-container">
        <div className="govuk-service-navigation__container">
          <nav aria-label="Menu" className="govuk-service-navigation__wrapper">
            <ul className="govuk-service-navigation__list" id="navigation">
              {items.map((item) => {
                const active = item.matches ? item.matches(pathname) : pathname === item.href;
                return (
                  <li
                    key={item.href}
                    className={`govuk-service-navigation__item${active ? ' govuk-service-navigation__item--active' : ''}`}
                  >
                    <Link
                      className="govuk-service-navigation__link"
                      to={item.href}
                      aria-current={active ? 'page' : undefined}
                    >
                      {active ? (
                        <strong className="govuk-service-navigation__active-fallback">{item.text}</strong>
                      ) : (
                        item.text
                      )}
                    </Link>
                  </li>
                );
              })}
            </ul>
          </nav>
        </div>
      </div>
    </section>
  );
}
