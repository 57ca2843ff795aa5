/** Incident value lists of our own that the API schemas and the web app's forms both read from here. */

/** What an entity is: an organisation of some kind, or a group of people (harmed parties). */
export const ENTITY_KINDS = [
  "company",
  "public-body",
  "civil-society",
  "academic",
  "people",
  "other",
] as const;
