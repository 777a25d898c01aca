/** The intersection of a union's members: the type of an object holding the ids of every part. */
type Intersection<U> = (U extends unknown ? (part: U) => void : never) extends (part: infer I) => void ? I : never;

/**
 * One catalog from its parts, later ids replacing earlier ones as in a spread. Not a spread into an
 * object literal: V8 builds that one id at a time, and the two catalogs (1,146 ids each) took 45 ms of
 * every command's start (measured 2026-12-02); `Object.assign` copies them in well under a millisecond.
 */
export function catalogOf<P extends readonly object[]>(...parts: P): Intersection<P[number]> {
  return Object.assign({}, ...parts) as Intersection<P[number]>;
}
