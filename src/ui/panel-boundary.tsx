// An error boundary per panel: a bug in one panel's rendering shows there, with its message,
// and leaves the rest of the dashboard working. It resets when the dataset changes.
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useLang } from '../state/lang';
import { L, t, type Text } from './labels';

interface Props {
  title: string;
  /** Changing it clears a caught error (e.g. the dataset id). */
  resetKey: string;
  children: ReactNode;
}
interface State {
  error: Error | null;
  resetKey: string;
}

export class PanelBoundary extends Component<Props, State> {
  override state: State = { error: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey === state.resetKey ? null : { error: null, resetKey: props.resetKey };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(`[panel ${this.props.title}]`, error, info.componentStack);
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <section className="panel" data-status="crashed">
        <h2>{this.props.title}</h2>
        <div className="state state-error" role="alert">
          <CrashText label={L.panelCrashed} />
          <p>{error.message}</p>
          <button type="button" onClick={() => this.setState({ error: null })}>
            <CrashText label={L.retry} />
          </button>
        </div>
      </section>
    );
  }
}

/** Chrome text in the page language (a class component cannot use the hook itself). */
function CrashText({ label }: { label: Text }) {
  return <>{t(label, useLang())}</>;
}
