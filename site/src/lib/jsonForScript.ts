const UNSAFE_IN_SCRIPT: Record<string, string> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
}

/**
 * JSON that is safe inside an HTML `<script>` element (JSON-LD) and in any file a browser might sniff: record
 * text cannot close the element (`</script>`), open a comment (`<!--`) or split a JavaScript string (U+2028,
 * U+2029), because `<`, `>`, `&` and those two separators are written as `\u` escapes. `JSON.parse` gives back
 * exactly the same value.
 */
export function jsonForScript(value: unknown, space?: number): string {
  return (JSON.stringify(value, null, space) ?? 'null').replace(/[<>&\u2028\u2029]/g, (c) => UNSAFE_IN_SCRIPT[c] ?? c)
}
