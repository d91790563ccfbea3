/** Case- and accent-insensitive form for searching: "Éurasia" and "eurasia" fold alike. */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('und')
}
