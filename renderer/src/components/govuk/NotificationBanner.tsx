/** A message about the whole page: the GOV.UK Frontend notification banner (success variant is a focused alert). */
// The success variant takes focus when it appears, so the outcome of an action is announced.
import { useEffect, useId, useRef, type ReactNode } from 'react';
import { classNames } from '../classNames';
import { focusElement } from '../focusElement';
import { Heading, type HeadingLevel } from '../Heading';

export interface NotificationBannerProps {
  /** `success` after an action succeeded; omitted for important information. */
  type?: 'success' | undefined;
  /** Defaults to "Success" or "Important". */
  title?: ReactNode;
  titleId?: string | undefined;
  titleHeadingLevel?: HeadingLevel | undefined;
  /** A single line of content in the banner's heading style. */
  heading?: ReactNode;
  /** Richer content (paragraphs, links) under or instead of `heading`. */
  children?: ReactNode;
  /** Overrides the default: `alert` for success, `region` otherwise. */
  role?: 'alert' | 'region' | undefined;
  disableAutoFocus?: boolean | undefined;
  className?: string | undefined;
}

export function NotificationBanner({
  type,
  title,
  titleId,
  titleHeadingLevel = 2,
  heading,
  children,
  role,
  disableAutoFocus = false,
  className,
}: NotificationBannerProps) {
  const generatedId = useId();
  const headingId = titleId ?? `${generatedId}-title`;
  const isSuccess = type === 'success';
  const bannerRole = role ?? (isSuccess ? 'alert' : 'region');
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (bannerRole === 'alert' && !disableAutoFocus && root.current) focusElement(root.current);
  }, [bannerRole, disableAutoFocus]);

  return (
    <div
      ref={root}
      className={classNames('govuk-notification-banner', isSuccess && 'govuk-notification-banner--success', className)}
      role={bannerRole}
      aria-labelledby={headingId}
    >
      <div className="govuk-notification-banner__header">
        <Heading level={titleHeadingLevel} className="govuk-notification-banner__title" id={headingId}>
          {title ?? (isSuccess ? 'Success' : 'Important')}
        </Heading>
      </div>
      <div className="govuk-notification-banner__content">
        {heading !== undefined && <p className="govuk-notification-banner__heading">{heading}</p>}
        {children}
      </div>
    </div>
  );
}
