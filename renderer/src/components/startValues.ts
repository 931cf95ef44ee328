/**
 * A form's starting values: the blank form, with each field the record being edited has a value for (not null)
 * taken from the record. Text boxes edit '' where the record holds null, so the blank form says what "empty" is.
 */
export function startValues<V extends object>(blank: V, record?: { [K in keyof V]?: V[K] | null }): V {
  const values = { ...blank };
  if (record === undefined) return values;
  for (const key in blank) {
    const own = record[key];
    if (own !== undefined && own !== null) values[key] = own;
  }
  return values;
}
