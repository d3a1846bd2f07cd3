/** What a quote needs for passages: its id, the quote it carries on, and who said it. */
export interface PassagePiece {
  readonly id: string;
  readonly continues: string | null;
  readonly speaker: string;
}

/**
 * The first quote of the passage `piece` belongs to: up the chain of `continues` while the speaker stays the same.
 * A piece whose speaker a reviewer changed no longer carries on the other person's words; it heads its own passage.
 * Shared by composition (what is shown as one passage) and review (what is judged as one).
 */
export function passageHead<T extends PassagePiece>(piece: T, byId: ReadonlyMap<string, T>): T {
  let current = piece;
  const seen = new Set<string>();
  while (current.continues !== null && !seen.has(current.id)) {
    seen.add(current.id);
    const previous = byId.get(current.continues);
    if (previous === undefined || previous.speaker !== current.speaker) break;
    current = previous;
  }
  return current;
}
