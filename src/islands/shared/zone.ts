// The browser's side of time zones, for every tool: the zone this browser is in, and the zones a
// time-zone select offers. The zone arithmetic itself is the core's (src/core/time/).
import { isTimeZone, orderTimeZones } from '../../core/time/index.ts';

/** This browser's IANA zone, or UTC when the runtime reports none it can use. */
export function browserZone(): string {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return zone && isTimeZone(zone) ? zone : 'UTC';
}

/** Every zone the runtime knows, in its own order, with `current` included even if the list lacks it. */
export function allZones(current: string): string[] {
  const zones = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return zones.includes(current) ? zones : [current, ...zones];
}

/** Every zone the runtime knows, UTC first, then `current`, then the rest sorted. */
export function timeZoneChoices(current: string): string[] {
  return orderTimeZones(current, typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : []);
}
