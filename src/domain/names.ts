/**
 * How names are compared: case, typographic apostrophes and quotes, spacing
 * and a leading "the" do not matter ("the Kremlin" = "Kremlin").
 */
export function nameKey(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/[’‘`´]/g, "'")
    .replace(/[“”«»]/g, '"')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the /, '');
}
