import { Component, lazy, Suspense, type ComponentType, type ReactNode } from 'react';

type Loader<P> = () => Promise<{ default: ComponentType<P> }>;

/**
 * A part of a screen whose code is fetched when it is first shown (a drawer, a side menu). When the fetch fails (the
 * phone went offline) the part shows `failed` instead of taking the screen down with it, and the next time it is
 * shown with another `attempt` it fetches again.
 */
export function lazyPart<P extends object>(load: Loader<P>) {
  let Lazy = lazy(load);
  function Part({ attempt = 0, fallback = null, failed = null, ...props }: P & PartProps) {
    return (
      <PartBoundary
        attempt={attempt}
        failed={failed}
        onRetry={() => (Lazy = lazy(load))}
        // Called at each render of the boundary, so that a retry renders the new loader, not the one that failed.
        part={() => (
          <Suspense fallback={fallback}>
            <Lazy {...(props as unknown as P)} />
          </Suspense>
        )}
      />
    );
  }
  return Part;
}

type PartProps = { attempt?: number; fallback?: ReactNode; failed?: ReactNode };

class PartBoundary extends Component<
  { attempt: number; failed: ReactNode; onRetry: () => void; part: () => ReactNode },
  { failed: boolean }
> {
  state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  componentDidUpdate(previous: { attempt: number }) {
    if (this.state.failed && previous.attempt !== this.props.attempt) {
      this.props.onRetry();
      this.setState({ failed: false });
    }
  }

  render() {
    return this.state.failed ? this.props.failed : this.props.part();
  }
}
