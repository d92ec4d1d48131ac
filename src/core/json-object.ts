/** A JSON object: not null, not an array. What every feed reading checks an entry is first. */
export function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
