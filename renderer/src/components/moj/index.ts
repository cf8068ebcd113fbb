/** MOJ Frontend components for React: faithful markup, behaviour in React, no MOJ Frontend JavaScript. */
export { Alert, type AlertProps, type AlertVariant } from './Alert';
export { Badge, type BadgeColour, type BadgeProps } from './Badge';
export { ButtonMenu, type ButtonMenuItem, type ButtonMenuProps } from './ButtonMenu';
export {
  FilterLayout,
  type FilterLayoutProps,
  type SelectedFilterCategory,
  type SelectedFilters,
} from './FilterLayout';
export { PageHeaderActions, type PageHeaderActionsProps } from './PageHeaderActions';
export {
  SideNavigation,
  type SideNavigationItem,
  type SideNavigationProps,
  type SideNavigationSection,
} from './SideNavigation';
export { SubNavigation, type SubNavigationItem, type SubNavigationProps } from './SubNavigation';
export { Timeline, formatTimelineDate, type TimelineItem, type TimelineProps } from './Timeline';
