/**
 * The organisation tree (会中央 → 会省委 → 会市委 → 县区委) and the caller's place in it: {@link
 * app.chuangxian.organisation.OrganisationScope} says what part of the tree a request acts on, and every feature
 * that owns records of an organisation asks it.
 */
package app.chuangxian.organisation;
