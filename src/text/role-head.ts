/** Where the head of a role ends: "a counselor at Cedar Valley High", "Superintendent of Schools", "mother who…". */
const HEAD_ENDS = /,|;|\(|\s(?:at|of|for|in|who|whose|that|which|with|from|on|and|to|since|until|representing)\s/u;

/**
 * What a role says its holder is, before what it says about where or whom: "a senior fellow at a think tank" →
 * "a senior fellow"; "whose daughter is in seventh grade" → "" (a role that opens with a clause has no head).
 */
export function roleHead(role: string): string {
  const cut = HEAD_ENDS.exec(` ${role}`);
  return (cut === null ? role : role.slice(0, Math.max(0, cut.index - 1))).trim();
}
