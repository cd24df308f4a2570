/**
 * What every entity row carries: a generated id, and where the table has them, an optimistic-locking version and
 * created/updated stamps. Entities are Panache active records; their finders are static methods on the entity.
 */
package app.chuangxian.common.persistence;
