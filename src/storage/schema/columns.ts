import type { Generated } from 'kysely';

/** A surrogate key the database assigns. */
export type Id = Generated<number>;
/** A boolean stored as 0/1 on both engines. */
export type Flag = number;
