/**
 * GraphQL spells the shared vocabulary in UPPER_SNAKE (`GOOGLE_REVIEW`), `@bedside/domain` and the
 * URL in lower_snake (`google_review`). These two casts are the only bridge, and their types follow
 * the literal: `toDomainValue('GOOGLE_REVIEW')` is typed `'google_review'`, so a label table keyed by
 * the domain type fails to compile when the schema grows a value the domain does not know.
 */
export function toDomainValue<Value extends string>(value: Value): Lowercase<Value> {
  return value.toLowerCase() as Lowercase<Value>;
}

export function toGraphqlValue<Value extends string>(value: Value): Uppercase<Value> {
  return value.toUpperCase() as Uppercase<Value>;
}
