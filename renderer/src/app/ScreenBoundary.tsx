/**
 * Where a screen is shown: ScreenLoading while its code loads, and a plain explanation instead of a
 * blank window if it cannot be shown (its code failed to load, say). Moving to another screen tries
 * again; nothing is changed or lost by the failure.
 */
import { Component, Suspense, type ReactNode } from 'react';
import { useLocation } from 'react-router';
import { ScreenLoading } from './ScreenLoading';

export function ScreenBoundary({ children }: { children: ReactNode }) {
  const { pathname } = useLocation();
  return (
    <ScreenFailure location={pathname}>
      <Suspense fallback={<ScreenLoading />}>{children}</Suspense>
    </ScreenFailure>
  );
}

interface ScreenFailureProps {
  /** A new location clears the failure, so the next screen gets its own try. */
  location: string;
  children: ReactNode;
}

class ScreenFailure extends Component<ScreenFailureProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidUpdate(previous: ScreenFailureProps): void {
    if (this.state.failed && previous.location !== this.props.location) this.setState({ failed: false });
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <>
        <h1 className="govuk-heading-l">Sorry, this screen could not be shown</h1>
        <p className="govuk-body" role="alert">
          Go back and try again. If it happens again, restart the workbench. Nothing has been changed or lost.
        </p>
      </>
    );
  }
}
