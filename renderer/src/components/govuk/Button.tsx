/** An action: the GOV.UK Frontend button (primary, secondary, warning, inverse, start), or a link styled as one. */
import {
  useRef,
  type AnchorHTMLAttributes,
  type ButtonHTMLAttributes,
  type KeyboardEvent,
  type MouseEvent,
  type ReactNode,
  type Ref,
} from 'react';
import { AppLink } from '../AppLink';
import { classNames } from '../classNames';

export type ButtonVariant = 'primary' | 'secondary' | 'warning' | 'inverse';

interface CommonButtonProps {
  children: ReactNode;
  variant?: ButtonVariant | undefined;
  /** The "Start now" call to action, with its arrow. */
  isStartButton?: boolean | undefined;
  className?: string | undefined;
}

export interface ButtonElementProps
  extends CommonButtonProps, Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'className' | 'children'> {
  href?: undefined;
  /** Ignores a second click within a second, so a double-click does not save twice (GOV.UK `preventDoubleClick`). */
  preventDoubleClick?: boolean | undefined;
  ref?: Ref<HTMLButtonElement> | undefined;
}

export interface ButtonLinkProps
  extends CommonButtonProps, Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'className' | 'children' | 'href' | 'role'> {
  /** Renders a link with role="button" (for navigation that looks like a button). */
  href: string;
  ref?: Ref<HTMLAnchorElement> | undefined;
}

export type ButtonProps = ButtonElementProps | ButtonLinkProps;

const DEBOUNCE_MS = 1000;

function buttonClasses({ variant, isStartButton, className }: Omit<CommonButtonProps, 'children'>): string {
  return classNames(
    'govuk-button',
    variant && variant !== 'primary' && `govuk-button--${variant}`,
    isStartButton && 'govuk-button--start',
    className,
  );
}

function StartIcon() {
  return (
    <svg
      className="govuk-button__start-icon"
      xmlns="http://www.w3.org/2000/svg"
      width="17.5"
      height="19"
      viewBox="0 0 33 40"
      aria-hidden="true"
      focusable="false"
    >
      <path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z" />
    </svg>
  );
}

export function Button(props: ButtonProps) {
  if (props.href !== undefined) return <LinkButton {...props} />;
  return <ElementButton {...props} />;
}

function ElementButton({
  children,
  variant,
  isStartButton,
  className,
  type = 'submit',
  disabled,
  preventDoubleClick,
  onClick,
  ...rest
}: ButtonElementProps) {
  const lastClick = useRef(0);
  const handleClick = (event: MouseEvent<HTMLButtonElement>) => {
    if (preventDoubleClick) {
      const now = Date.now();
      if (now - lastClick.current < DEBOUNCE_MS) {
        event.preventDefault();
        return;
      }
      lastClick.current = now;
    }
    onClick?.(event);
  };
  return (
    <button
      {...rest}
      type={type}
      disabled={disabled}
      aria-disabled={disabled ? true : undefined}
      className={buttonClasses({ variant, isStartButton, className })}
      onClick={handleClick}
    >
      {isStartButton ? <span>{children}</span> : children}
      {isStartButton && <StartIcon />}
    </button>
  );
}

function LinkButton({ children, variant, isStartButton, className, href, onKeyDown, ...rest }: ButtonLinkProps) {
  // A link with role="button" must respond to the space bar as a button does (GOV.UK's button.mjs).
  const handleKeyDown = (event: KeyboardEvent<HTMLAnchorElement>) => {
    onKeyDown?.(event);
    if (event.key === ' ' && !event.defaultPrevented) {
      event.preventDefault();
      event.currentTarget.click();
    }
  };
  return (
    <AppLink
      {...rest}
      href={href}
      role="button"
      draggable={false}
      className={buttonClasses({ variant, isStartButton, className })}
      onKeyDown={handleKeyDown}
    >
      {isStartButton ? <span>{children}</span> : children}
      {isStartButton && <StartIcon />}
    </AppLink>
  );
}
