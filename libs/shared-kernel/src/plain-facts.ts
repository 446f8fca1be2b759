import type { Location } from './mission';

/** Plain data for events: DTO instances and absent optionals left behind, instants in UTC. */
export function plainLocation(location: { name: string; lat?: number; lon?: number }): Location {
  return location.lat === undefined || location.lon === undefined ? { name: location.name } : { name: location.name, lat: location.lat, lon: location.lon };
}

export function utcInstant(instant: string): string {
  return new Date(instant).toISOString();
}
