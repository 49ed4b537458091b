// Shows `fallback` instead of its children when they fail to render, above all when a lazily loaded
// chunk cannot be fetched (offline): without it Preact unmounts the whole island, and the tool with it.
import { Component, type ReactNode } from 'react';

export class LoadBoundary extends Component<{ fallback: ReactNode; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
