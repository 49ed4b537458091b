// The calculator's browser part of time zones: the zone list this runtime knows. The zone arithmetic
// and the human format are in the core (src/core/time/); the browser's own zone and this list move
// to src/islands/shared/zone.ts.
import { orderTimeZones } from '../../core/time/index.ts';

/** Every zone the runtime knows, UTC first, then the user's own, then the rest sorted. */
export function timeZoneChoices(current: string): string[] {
  return orderTimeZones(current, typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : []);
}
