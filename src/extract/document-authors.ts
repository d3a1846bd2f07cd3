import { SPEECH_VERB } from './attribution-words.js';
import { referencesIn, resolveReference, type ResolvedSpeaker } from './references.js';
import type { SpeakerTable } from './speaker-table.js';
import { sentenceEnd, sentenceStart } from './text-layout.js';

/** Who issued "the statement", "the letter", "the email" that an attribution names instead of a person. */

/** Any word for a document an organisation or person issues. */
const DOCUMENT_WORDS = /(?<![\p{L}])(?:statement|letter|e-?mail|memo|release|post|message|note|response|announcement|testimony|filing|submission|report|petition)(?![\p{L}])/giu;

const REPORTING = new RegExp(SPEECH_VERB.source, 'u');

/** How far back the sentence that names a document's author may stand. */
const DOCUMENT_REACH = 600;

/**
 * "the statement said": the author is the first person or organisation named in the latest earlier sentence
 * that mentions a statement ("Superintendent Alan Reyes sent parents a statement.", "The district said in a
 * statement …"). Nobody when no such sentence is near.
 */
export function documentAuthor(table: SpeakerTable, noun: string, before: number): ResolvedSpeaker | null {
  const from = Math.max(0, before - DOCUMENT_REACH);
  const window = table.narration.slice(from, before);
  let mention = -1;
  for (const match of window.matchAll(new RegExp(`(?<![\\p{L}])${noun}(?![\\p{L}])`, 'giu'))) mention = from + match.index;
  // "In a written response, Harlow Community Schools said …" … "the statement said": another word for the document.
  if (mention < 0) for (const match of window.matchAll(DOCUMENT_WORDS)) mention = from + match.index;
  if (mention < 0 && noun !== 'statement' && noun !== 'release') {
    // "The ACLU of South Dakota wrote to the district … The letter said": whoever last wrote is its author.
    let wrote = -1;
    for (const match of window.matchAll(/(?<![\p{L}])(?:wrote|writes|emailed|posted)(?![\p{L}])/gu)) wrote = from + match.index;
    if (wrote < 0) return null;
    const ref = referencesIn(table, sentenceStart(table.narration, wrote, from), wrote).find((candidate) => candidate.kind === 'entry');
    return ref === undefined ? null : resolveReference(table, ref, ref.at);
  }
  if (mention < 0) return null;
  // Within the mention's paragraph: quotations are blanked, so a quote's closing full stop is gone and the sentence
  // would otherwise run back into the paragraph before ("… said in a statement that “…”" / "In a statement, the Ministry").
  const start = sentenceStart(table.narration, mention, Math.max(from, table.narration.lastIndexOf('\n', mention) + 1));
  const named = referencesIn(table, start, mention).filter((ref) => ref.kind !== 'document' && !(ref.kind === 'name' && !/\s/u.test(ref.name)));
  // "Department spokesperson Derek Fujimoto said in a written statement": the person named beats the organisation
  // qualifying their office.
  const author = named.find((ref) => ref.kind === 'entry' && ref.entry.kind === 'person') ?? named[0];
  if (author !== undefined) return resolveReference(table, author, author.at);
  // "In a statement to The Daily Orange, Dolores Whitfield-Akande … said": the author is named after the noun;
  // the outlet it went "to" is not the author.
  // "In a statement signed by its Director of Press, Mr. Tunde Oyedokun, the Federal Ministry of Education said": a
  // person named before the reporting verb signed it, and is its author.
  const end = Math.min(before, sentenceEnd(table.narration, mention, before));
  const verb = REPORTING.exec(table.narration.slice(mention, end));
  const after = referencesIn(table, mention, end).filter((ref) => {
    if (ref.kind === 'document' || (ref.kind === 'name' && !/\s/u.test(ref.name)) || ref.kind === 'pronoun') return false;
    return !/(?:^|\s)to\s+(?:the\s+)?$/iu.test(table.narration.slice(Math.max(0, ref.at - 8), ref.at));
  });
  const signer = verb === null ? undefined : after.find((ref) => ref.at < mention + verb.index && ref.kind === 'entry' && ref.entry.kind === 'person');
  const issuer = signer ?? after[0];
  return issuer === undefined ? null : resolveReference(table, issuer, issuer.at);
}
