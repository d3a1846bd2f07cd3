import type { QuotePiece } from './quote-marks.js';
import { referencesIn, resolveReference, type ResolvedSpeaker } from './references.js';
import type { SpeakerTable } from './speaker-table.js';
import { isTitle } from './name-words.js';
import { sentenceEnd, type Span } from './text-layout.js';

/** A reported-speech passage proposed as a paraphrase. */
export interface ParaphraseProposal {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly kind: 'paraphrase';
  readonly speaker: ResolvedSpeaker | null;
}

/** Verbs of reported speech and stated belief that take a clause: "X said (that) …", "X argues that …". */
const REPORTING = /^(?:(?:also|has|have|had)\s+)?(?:said|says|argued|argues|believes|believed|contends|contended|maintains|maintained|insists|insisted|warned|warns|claims|claimed|told\s+[\p{L} ]{2,30}?\s+that)\s+(?:that\s+)?/u;

/**
 * Sentences without quotation marks whose subject is a named person, a pronoun for one, or an organisation,
 * followed by a reporting verb and a clause: offered as paraphrases (never as direct quotes). The passage runs
 * from the subject to the sentence end, as a reviewer would cut it.
 */
export function proposeParaphrases(body: string, table: SpeakerTable, paras: readonly Span[], pieces: readonly QuotePiece[]): ParaphraseProposal[] {
  const proposals: ParaphraseProposal[] = [];
  let pieceIndex = 0;
  for (const paragraph of paras) {
    let start = paragraph.start;
    while (start < paragraph.end) {
      const end = sentenceEnd(body, start, paragraph.end);
      while (pieceIndex < pieces.length && (pieces[pieceIndex]?.end ?? 0) < start) pieceIndex += 1;
      const sentence = body.slice(start, end);
      const hasQuote = /["“”„«»]/u.test(sentence);
      if (!hasQuote) {
        const proposal = reportedSpeech(body, table, start, end);
        if (proposal !== null) proposals.push(proposal);
      }
      start = end;
      while (start < paragraph.end && /\s/u.test(body[start] ?? '')) start += 1;
    }
  }
  return proposals;
}

function reportedSpeech(body: string, table: SpeakerTable, start: number, end: number): ParaphraseProposal | null {
  const refs = referencesIn(table, start, Math.min(end, start + 160));
  for (const ref of refs.slice(0, 2)) {
    const lead = body.slice(start, ref.at).trim();
    // "Council President Robert Klein said he expected…", "Ward 6 Ald. Marisol Greene said she would…": the title
    // before the name is the subject's too.
    if (!/^(?:But|And|Yet|Still|So|However,|Meanwhile,|That[’']s why)?$/u.test(lead) && !titledLead(lead)) continue;
    const afterName = body.slice(ref.at, end);
    const subject = /^(?:(?:the|its)\s+\p{Ll}+\s+)?(?:[\p{Lu}][\p{L}\p{M}'’.-]*\s+)*(?:of\s+(?:the\s+)?(?:[\p{Lu}][\p{L}\p{M}'’.-]*\s+(?:of\s+|and\s+|to\s+|for\s+)?){1,8})?(?:is\s+with\s+[^,.]+?\s+and\s+)?/u.exec(afterName);
    const rest = afterName.slice(subject?.[0].length ?? 0);
    const verb = REPORTING.exec(rest);
    if (verb === null) continue;
    const clause = rest.slice(verb[0].length);
    if (clause.split(/\s+/).filter(Boolean).length < 4) continue;
    const speaker = resolveReference(table, ref, ref.at);
    if (speaker === null) continue;
    return { text: body.slice(ref.at, end), start: ref.at, end, kind: 'paraphrase', speaker };
  }
  return null;
}

/** A lead of capitalised words (or a ward's number) that closes on a title: "State Sen.", "Council President". */
function titledLead(lead: string): boolean {
  const words = lead.split(/\s+/u);
  const last = words[words.length - 1] ?? '';
  return words.length <= 5 && isTitle(last.replace(/\.$/u, '')) && words.every((word) => /^(?:\p{Lu}[\p{L}\p{M}.'’-]*|\d+)$/u.test(word));
}
