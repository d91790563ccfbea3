export const fnvOffset = 0x811c9dc5
export const fnvPrime = 0x01000193

/** FNV-1a over text.slice(start, end), without cutting the slice out: a string is garbage. */
export function hashSlice(text: string, start = 0, end = text.length): number {
  let hash = fnvOffset
  for (let index = start; index < end; index++) hash = Math.imul(hash ^ text.charCodeAt(index), fnvPrime)
  return hash
}
