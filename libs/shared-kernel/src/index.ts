/*
 * What several contexts share of the domain: the missions, a location, and the rules for instants. Pure: no Nest,
 * no database, no clock, so deciders, events and the web pages may all use it.
 */
export * from './mission';
export * from './occurred-at';
export * from './plain-facts';
export * from './weekly-overview-correction';
