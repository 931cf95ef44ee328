/** The names two or more parts share: never when every name is unique. */
export type SharedNames<Parts extends readonly object[], Seen = never> = Parts extends readonly [infer Head, ...infer Rest extends readonly object[]]
  ? (keyof Head & Seen) | SharedNames<Rest, Seen | keyof Head>
  : never;

/** One object with every part's entries. */
export type Combined<Parts extends readonly object[]> = Parts extends readonly [infer Head, ...infer Rest extends readonly object[]]
  ? Head & Combined<Rest>
  : unknown;

/** The parts as given, or a compile error that names the duplicates. */
type Unique<Parts extends readonly object[]> = [SharedNames<Parts>] extends [never] ? Parts : readonly ['duplicate procedure names', SharedNames<Parts>];

/**
 * Joins the per-area maps (contracts or handlers) into one, as Actual Budget's `combine()` joins its apps:
 * a name in two areas is a compile error (and, should types be bypassed, an error at start-up), never a
 * silent override by spread order.
 */
export function combine<const Parts extends readonly object[]>(...parts: Unique<Parts>): Combined<Parts>;
// The typed signature above is what callers see; the body only copies entries and checks uniqueness again.
export function combine(...parts: readonly object[]): object {
  const all: Record<string, unknown> = {};
  for (const part of parts) {
    for (const [name, value] of Object.entries(part)) {
      if (Object.prototype.hasOwnProperty.call(all, name)) throw new Error(`Procedure ${name} is defined by two areas.`);
      all[name] = value;
    }
  }
  return all;
}
