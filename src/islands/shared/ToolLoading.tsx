// "Loading your drafts…" while a tool restores what it saved. It sits at the end of the privacy line
// and is only made invisible once restored, never removed, so nothing below it moves when the tool
// hydrates and restores (no layout shift).
import type { ReactNode } from 'react';

export function ToolLoading({ ready, children }: { ready: boolean; children: ReactNode }) {
  return (
    <span className="tool-loading" style={ready ? { visibility: 'hidden' } : undefined} aria-hidden={ready || undefined}>
      {children}
    </span>
  );
}
