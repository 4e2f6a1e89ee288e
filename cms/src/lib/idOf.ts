/** The id of a relation value, populated (`{ id, … }`) or not (the bare id); ids stay opaque. */
export const idOf = <T extends string | number>(ref: T | { id: T }): T => (typeof ref === 'object' ? ref.id : ref)

/** The same for a value that may be empty. */
export const idOrNull = (ref: unknown): string | number | null =>
  ref == null
    ? null
    : typeof ref === 'object' && 'id' in ref
      ? (ref as { id: string | number }).id
      : (ref as string | number)
