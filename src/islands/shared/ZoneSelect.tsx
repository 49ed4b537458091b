// A time-zone select whose list of every zone the browser knows (about 420 options) is filled in only
// when the reader reaches for it (pointer down or focus, before the list opens). Until then it holds
// the chosen zone alone: the server and the first client render agree (Node's zone list differs from a
// browser's), and a tool page's first render and DOM stay small.
import { useMemo, useState, type ComponentProps } from 'react';
import { Select } from './fields.tsx';
import { allZones } from './zone.ts';

type ZoneSelectProps = Omit<ComponentProps<typeof Select<string>>, 'options' | 'onOpen'> & {
  /** Show `America/New York` instead of `America/New_York`. */
  readable?: boolean;
  /** The zones offered, given the chosen one (default: the runtime's list, in its order). */
  list?: (current: string) => string[];
};

export function ZoneSelect({ readable = false, list = allZones, ...props }: ZoneSelectProps) {
  const [open, setOpen] = useState(false);
  const { value } = props;
  const options = useMemo(
    () => (open ? list(value) : [value]).map((zone) => ({ value: zone, label: readable ? zone.replace(/_/g, ' ') : zone })),
    [open, value, readable, list],
  );
  return <Select {...props} options={options} onOpen={open ? undefined : () => setOpen(true)} />;
}
