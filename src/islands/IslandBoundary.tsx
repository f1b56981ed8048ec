import { Component, Fragment, type ComponentChildren, type ComponentType } from 'preact';

interface Props {
  /** What the island is, as the reader knows it (e.g. 自己診断), for the message. */
  name: string;
  children: ComponentChildren;
}
interface State {
  failed: boolean;
  /** Bumped on each fresh start, so the island is built anew rather than reused in its broken state. */
  start: number;
}

/**
 * Catches an exception anywhere in an island's rendering or effects and shows, in place of a blank or half-drawn
 * tool, what happened and a way to start over. Starting over builds the tool again from what this browser has
 * saved, so saved answers stay; it drops a result link (#r=, #m=…) from the address, which may be what broke it.
 * Errors in event handlers and in promises are the tool's own to report (Preact does not route them here).
 */
export class IslandBoundary extends Component<Props, State> {
  override state: State = { failed: false, start: 0 };

  static getDerivedStateFromError(): Partial<State> {
    return { failed: true };
  }

  override componentDidCatch(error: unknown) {
    // Kept in the console for whoever looks into it; the reader gets the message below.
    console.error(error);
  }

  restart = () => {
    if (location.hash) history.replaceState(history.state, '', location.pathname + location.search);
    this.setState(({ start }) => ({ failed: false, start: start + 1 }));
  };

  override render({ name, children }: Props, { failed, start }: State) {
    if (failed) {
      return (
        <div class="widget-banner is-error not-content" role="alert" data-island-error>
          <p>
            {name}の表示中に問題が起きたため、{name}を止めました。このブラウザに保存した回答や入力は消えていません。
            「最初からやり直す」を押すと、保存した内容から{name}を開き直します。
          </p>
          <button type="button" class="widget-button" onClick={this.restart}>
            最初からやり直す
          </button>
        </div>
      );
    }
    return <Fragment key={start}>{children}</Fragment>;
  }
}

/** The island with an IslandBoundary around it: what every .astro page hydrates. */
export function withBoundary<P extends object>(Island: ComponentType<P>, name: string): ComponentType<P> {
  const Bounded = (props: P) => (
    <IslandBoundary name={name}>
      <Island {...props} />
    </IslandBoundary>
  );
  Bounded.displayName = `Bounded(${Island.displayName ?? Island.name})`;
  return Bounded;
}
