import { ORGANISATION_LEVELS, type OrganisationLevel, type OrganisationRef } from '../api/get-organisations';

/**
 * The levels an organisation may take directly under one of level `parent`: every lower one. When the parent is not
 * known (the user's own organisation, whose parent lies outside what they see) every level is offered and the server
 * decides.
 */
export function levelsBelow(parent: OrganisationLevel | null | undefined): OrganisationLevel[] {
  if (!parent) return ORGANISATION_LEVELS;
  return ORGANISATION_LEVELS.slice(ORGANISATION_LEVELS.indexOf(parent) + 1);
}

/** True when an organisation of this level may have organisations below it (a county committee may not). */
export function mayHaveChildren(level: OrganisationLevel): boolean {
  return levelsBelow(level).length > 0;
}

/**
 * The parent as far as the user sees it: the last organisation of the trail (which runs from the user's own down to
 * the parent); none for the user's own organisation.
 */
export function parentOf(trail: OrganisationRef[]): OrganisationRef | undefined {
  return trail.at(-1);
}
