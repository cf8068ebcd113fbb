/** Navigation between the views of one thing (an inspection's areas): the MOJ side navigation, optionally in headed sections. */
import type { ReactNode } from 'react';
import { AppLink } from '../AppLink';
import { classNames } from '../classNames';
import { Heading, type HeadingLevel } from '../Heading';

export interface SideNavigationItem {
  href: string;
  text: ReactNode;
  /** The current view: marked with aria-current="location" and the active style. */
  active?: boolean | undefined;
}

export interface SideNavigationSection {
  heading: ReactNode;
  /** MOJ's default is 4; pick the level that fits the page's outline. */
  headingLevel?: HeadingLevel | undefined;
  items: readonly SideNavigationItem[];
}

interface SideNavigationCommonProps {
  /** The landmark's name, for example "Inspection"; needed when the page has other navigation. */
  label?: string | undefined;
  className?: string | undefined;
}

export type SideNavigationProps = SideNavigationCommonProps &
  (
    | { sections: readonly SideNavigationSection[]; items?: never }
    | { items: readonly SideNavigationItem[]; sections?: never }
  );

function ItemList({ items }: { items: readonly SideNavigationItem[] }) {
  return (
    <ul className="moj-side-navigation__list">
      {items.map((item) => (
        <li
          key={item.href}
          className={classNames('moj-side-navigation__item', item.active && 'moj-side-navigation__item--active')}
        >
          <AppLink href={item.href} aria-current={item.active ? 'location' : undefined}>
            {item.text}
          </AppLink>
        </li>
      ))}
    </ul>
  );
}

export function SideNavigation({ label = 'Side navigation', className, ...content }: SideNavigationProps) {
  return (
    <nav className={classNames('moj-side-navigation', className)} aria-label={label}>
      {content.sections
        ? content.sections.map((section, index) => <SectionBlock key={index} section={section} />)
        : content.items && <ItemList items={content.items} />}
    </nav>
  );
}

function SectionBlock({ section }: { section: SideNavigationSection }) {
  return (
    <>
      <Heading level={section.headingLevel ?? 4} className="moj-side-navigation__title">
        {section.heading}
      </Heading>
      <ItemList items={section.items} />
    </>
  );
}
