// The live regions a tool announces through: one polite (status) and one urgent (alert). Screen
// readers re-announce identical text only when it changes, so a repeat gets a zero-width space.
import { useCallback, useState } from 'react';

export type Announce = (message: string, urgent?: boolean) => void;

export function useAnnouncer(): { polite: string; urgent: string; announce: Announce } {
  const [polite, setPolite] = useState('');
  const [urgent, setUrgent] = useState('');
  const announce = useCallback<Announce>((message, isUrgent = false) => {
    const set = isUrgent ? setUrgent : setPolite;
    set((previous) => (previous === message ? `${message}\u200b` : message));
  }, []);
  return { polite, urgent, announce };
}

/** The two visually hidden regions; a tool renders them once, first in its markup. */
export function LiveRegions({ polite, urgent }: { polite: string; urgent?: string }) {
  return (
    <>
      <div className="tool-live" role="status" aria-live="polite">
        {polite}
      </div>
      {urgent !== undefined && (
        <div className="tool-live" role="alert">
          {urgent}
        </div>
      )}
    </>
  );
}
