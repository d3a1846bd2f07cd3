import { attributionAfter, attributionBefore, type Attribution, type PieceContext } from './attribution.js';
import { isSpeechVerbWord, NOT_NAME_WORDS, SPEECH_VERB } from './attribution-words.js';
import { matchKnownSpeaker } from './known-speakers.js';
import { proposeParaphrases } from './paraphrase.js';
import { isOrgWord } from './name-words.js';
import { findQuotePieces, type QuotePiece } from './quote-marks.js';
import { officialsOrgBetween } from './pronoun-antecedents.js';
import { isTitleCase, wordCount } from './quote-shape.js';
import { referencesIn, resolveReference, type ResolvedSpeaker } from './references.js';
import { buildSpeakerTable, type SpeakerTable } from './speaker-table.js';
import { proposeStances } from './stance-proposal.js';
import { paragraphs, sentenceEnd, sentenceStart, type Span } from './text-layout.js';
import type { ExtractedQuote, ExtractOptions } from './types.js';

/** A kept quotation piece while the article is read, before stances are proposed. */
interface Found {
  readonly piece: QuotePiece;
  readonly speaker: ResolvedSpeaker | null;
  /** Index (among found) of the quote this one carries on from. */
  readonly continues: number | null;
  /** Where this quote's attribution clause ends: a next quote starting there shares it. */
  readonly reach: number;
  readonly sharedReach: boolean;
}

/**
 * Finds every direct quotation in an article body, with its speaker, and proposes reported-speech passages
 * as paraphrases and a stance for each. Pure and synchronous. Callers can rely on `body.slice(start, end) ===
 * text` for every item, on items being in reading order, and on `continues` pointing at an earlier item.
 */
export function extractQuotes(body: string, options: ExtractOptions = {}): ExtractedQuote[] {
  const paras = paragraphs(body);
  const pieces = findQuotePieces(body, paras);
  const table = buildSpeakerTable(body, pieces.map((piece) => [piece.start, piece.end] as const));
  const found = attribute(body, table, paras, pieces);
  const direct = found.map((item) => ({
    text: body.slice(item.piece.start, item.piece.end),
    start: item.piece.start,
    end: item.piece.end,
    kind: 'direct' as const,
    speaker: item.speaker,
    continues: item.continues,
  }));
  const paraphrases = proposeParaphrases(body, table, paras, pieces);
  const all = [...direct.map((quote, index) => ({ ...quote, key: index })), ...paraphrases.map((quote) => ({ ...quote, continues: null, key: -1 }))].sort(
    (a, b) => a.start - b.start,
  );
  const position = new Map(all.map((quote, index) => [quote.key, index]));
  const known = options.knownSpeakers ?? [];
  const withSpeakers = all.map((quote) => {
    const speaker = quote.speaker === null ? null : matchKnownSpeaker(quote.speaker, known);
    const result: Omit<ExtractedQuote, 'stance' | 'stanceBasis'> = {
      text: quote.text,
      start: quote.start,
      end: quote.end,
      kind: quote.kind,
      speaker: speaker?.name ?? null,
      role: speaker?.role ?? null,
      speakerKind: quote.speaker === null ? null : kindOf(quote.speaker),
      ...(quote.continues !== null && position.has(quote.continues) ? { continues: position.get(quote.continues) as number } : {}),
    };
    return result;
  });
  return proposeStances(withSpeakers, options, body, paras);
}

function kindOf(speaker: ResolvedSpeaker): 'person' | 'organization' {
  if (speaker.entry !== null) return speaker.entry.kind === 'org' ? 'organization' : 'person';
  return speaker.name.split(/\s+/).some(isOrgWord) ? 'organization' : 'person';
}

/**
 * Where the narration before piece `index` starts: after the previous piece in its paragraph, unless that piece is a
 * scare quote of three words or fewer inside the same sentence ("Board member X, one of the two "no" votes, called
 * the policy “…”"), which does not divide the sentence; then after the one before it.
 */
function closeBefore(body: string, pieces: readonly QuotePiece[], index: number): number | null {
  const piece = pieces[index] as QuotePiece;
  for (let k = index - 1; k >= 0; k -= 1) {
    const previous = pieces[k] as QuotePiece;
    if (previous.paragraph !== piece.paragraph || previous.close === null) return null;
    const text = body.slice(previous.start, previous.end).trim();
    const scare = wordCount(text) <= 3 && !/[.!?…,]$/u.test(text) && !/[.!?]/u.test(body.slice(previous.close + 1, piece.open));
    if (!scare) return previous.close;
  }
  return null;
}

function attribute(body: string, table: SpeakerTable, paras: readonly Span[], pieces: readonly QuotePiece[]): Found[] {
  const found: Found[] = [];
  const foundOfPiece = new Map<number, number>();
  pieces.forEach((piece, index) => {
    const paragraph = paras[piece.paragraph] as Span;
    const next = pieces[index + 1];
    const context: PieceContext = {
      body,
      table,
      piece,
      paragraph,
      previousClose: closeBefore(body, pieces, index),
      nextOpen: next !== undefined && next.paragraph === piece.paragraph ? next.open : null,
    };
    const text = body.slice(piece.start, piece.end);
    const last = found[found.length - 1];
    const carried = piece.carriesOn === null ? undefined : foundOfPiece.get(piece.carriesOn);
    const before = attributionBefore(context);
    const settled = before?.via === 'before' || endsWovenSentence(before, text);
    const after = settled ? null : attributionAfter(context);
    // "X said … that the program “…” who are still, it said, …": a pronoun's "it said" after a woven quote is
    // the named subject's aside, not a new source.
    const wovenNamed = before?.via === 'woven' && (before.ref?.kind === 'entry' || before.ref?.kind === 'name');
    const own = settled || (wovenNamed && after?.ref?.kind === 'pronoun') ? before : (after ?? before);
    const apPiece = piece.close === null || piece.carriesOn !== null;
    const alone = standsAlone(body, piece, context.previousClose, paragraph);
    // "“…,” the governor said. “Not one.”": a short sentence right after the attribution of the quote before it
    // is the rest of that quotation, not a scare quote.
    const splitTail = last !== undefined && last.sharedReach && last.piece.paragraph === piece.paragraph && last.reach <= piece.open && body.slice(last.reach, piece.open).trim() === '';
    if (!apPiece && !(splitTail && alone && own === null && /[.!?…]$/u.test(text.trim())) && !isQuotation(text, own, alone)) return;
    if (!apPiece && isSlogan(table.narration, paragraph.start, piece.open)) return;
    const lead = body.slice(Math.max(paragraph.start, piece.open - 24), piece.open);
    if (!apPiece && (lead.includes('titled') || lead.includes('named') || lead.includes('headlined') || lead.includes('known as') || lead.includes('branded')) && TITLED.test(lead)) return;
    if (!apPiece && isModifierQuote(body, piece)) return;
    let entry: Found;
    if (carried !== undefined) {
      const from = found[carried] as Found;
      const speaker = own?.ref ? resolveReference(table, own.ref, own.ref.at) : from.speaker;
      if (own?.ref && speaker !== null) backfillGroup(found, carried, speaker);
      entry = { piece, speaker, continues: carried, reach: own?.reach ?? piece.end, sharedReach: false };
    } else if (last !== undefined && last.sharedReach && last.reach >= piece.open && last.piece.paragraph === piece.paragraph && !(before?.via === 'woven' && before.ref !== null)) {
      // Not for a woven quote with a verb of its own ("…,” she said, adding that the council heard “from a
      // reporter.”): that verb attributes it, so it carries nothing on from the quote before.
      entry = { piece, speaker: last.speaker, continues: found.length - 1, reach: piece.end, sharedReach: false };
    } else if (own !== null) {
      // "… said teachers spend “…” and called the merger “…”": a verb coordinated after the quote before shares its
      // subject, so the quote is that speaker's, with an attribution of its own (no continuation).
      const coordinated = own.ref === null && own.via === 'woven' && last !== undefined && last.piece.paragraph === piece.paragraph && last.piece.close !== null && COORDINATED.test(body.slice(last.piece.close + 1, piece.open));
      const speaker = coordinated ? (last?.speaker ?? null) : own.ref === null ? null : resolveReference(table, own.ref, own.ref.at);
      entry = { piece, speaker, continues: null, reach: own.reach, sharedReach: own.via === 'after' };
    } else {
      entry = inherit(body, table, paras, piece, found);
    }
    if (entry.speaker?.entry) entry.speaker.entry.mentions.push(piece.open);
    foundOfPiece.set(index, found.length);
    found.push(entry);
  });
  return found;
}

/** An AP group whose attribution comes in a later paragraph: earlier pieces take the same speaker. */
function backfillGroup(found: Found[], index: number, speaker: ResolvedSpeaker): void {
  let k: number | null = index;
  while (k !== null) {
    const item: Found | undefined = found[k];
    if (item === undefined || item.speaker !== null) return;
    found[k] = { ...item, speaker };
    k = item.continues;
  }
}

/** Titles and scare quotes are not quotations; quotes of three words or fewer count only with an attribution beside them. */
function isQuotation(text: string, own: Attribution | null, alone: boolean): boolean {
  if (isTitleCase(text)) return false;
  if (wordCount(text) >= 4) return true;
  return alone && own !== null && own.adjacent && own.via !== 'woven' && /[,.!?…]$/u.test(text.trim());
}

/**
 * A partial quote woven into a sentence that it closes ("called the vote “a betrayal of … schools.”"): the
 * sentence's own subject is the source, and the next sentence's "X said" belongs to what follows it.
 */
function endsWovenSentence(before: Attribution | null, text: string): boolean {
  return before !== null && before.via === 'woven' && before.ref !== null && /[.!?]$/u.test(text.trim());
}

/** Words on a sign, banner or shirt, or a crowd's chant: nobody's statement, whatever their length. */
const SLOGAN_LEAD =
  /(?:(?<![\p{L}])(?:signs?|banners?|placards?|posters?|t-shirts?|shirts?|stickers?|buttons?|billboards?|flyers?|hats?)(?:\s+[\p{L}’'-]+){0,3}?\s+(?:read|reads|reading|saying|proclaiming|declaring|bearing\s+the\s+words)|(?<![\p{L}])chant(?:s|ed|ing)?)\s*[:,]?\s*$/iu;

/** The lead's nouns, looked for first: the full pattern only runs where one of them stands. */
const SLOGAN_NOUN = /sign|banner|placard|poster|shirt|sticker|button|billboard|flyer|hat|chant/i;

function isSlogan(narration: string, floor: number, open: number): boolean {
  const lead = narration.slice(Math.max(floor, open - 80), open);
  return SLOGAN_NOUN.test(lead) && SLOGAN_LEAD.test(lead);
}

/** What joins a second woven quote to the first one's sentence: "and called …", ", adding that …". */
const COORDINATED = /^[\s,]*(?:(?:and|but|then)\s|(?:adding|noting|saying|arguing|explaining|warning|insisting)\b)/u;

/** "The petition, titled “Kia Kaha te Reo: Make It Compulsory”": what follows these words is a name, whatever its case. */
const TITLED = /(?<![\p{L}])(?:titled|entitled|headlined|subtitled|named|nicknamed|branded as|known as)\s*,?\s*$/iu;

/** A determiner or number right before a quote that opens a noun phrase ("five “…” days", "a “…” system"). */
const DETERMINER_BEFORE = /(?:^|\s)(?:a|an|the|this|that|these|those|its|their|his|her|our|one|two|three|four|five|six|seven|eight|nine|ten|several|\d+)\s$/iu;
/** Words that carry a sentence on after a woven partial quote rather than finish a noun phrase. */
const CLAUSE_WORDS = /^(?:is|are|was|were|be|been|will|would|has|had|have|could|should|can|may|might|must|does|did|do|not|who|than)$/u;

/**
 * A quoted term used as a modifier inside a noun phrase (up to five “alternative instruction” days, a “pay to
 * play” system): a name for a thing, not anyone's words. Only when a determiner or number stands before it, a
 * content word right after it, and nothing in it ends a clause.
 */
function isModifierQuote(body: string, piece: QuotePiece): boolean {
  if (piece.close === null) return false;
  if (/[,.!?…;:]\s*$/u.test(body.slice(piece.start, piece.end))) return false;
  if (!DETERMINER_BEFORE.test(body.slice(Math.max(0, piece.open - 12), piece.open))) return false;
  const next = /^ (\p{Ll}[\p{L}-]*)/u.exec(body.slice(piece.close + 1, piece.close + 30))?.[1];
  return next !== undefined && !NOT_NAME_WORDS.has(next) && !CLAUSE_WORDS.test(next) && !isSpeechVerbWord(next);
}

/** Whether the quote opens its sentence or follows an introducing "said," / ":" rather than sitting inside narration. */
function standsAlone(body: string, piece: QuotePiece, previousClose: number | null, paragraph: Span): boolean {
  const floor = Math.max(paragraph.start, previousClose === null ? paragraph.start : previousClose + 1);
  // Markdown list, quote and emphasis marks before a quotation ("- “It's just busywork,” said …") are no narration.
  const head = body.slice(sentenceStart(body, piece.open, floor), piece.open).replace(/^\s*(?:[-*+>•]|\d+[.)])\s+/u, '').replace(/[*_]+$/u, '');
  return head.trim() === '' || /[,:\u2014\u2013]\s*$/u.test(head);
}

/** A reporting verb anywhere in a sentence (the first one is where a "X, who …, said" subject ends). */
const ANY_SPEECH_VERB = new RegExp(SPEECH_VERB.source, 'u');

/**
 * The person a narration sentence is about: its first name or pronoun within three words of its start
 * ("Board chair Linda Haugen said …"), or the name that is the subject of its first reporting verb however long
 * the descriptor before it ("The committee's co-chair, third-grade teacher Luis Carreño, said …"). A capitalised
 * word the speaker table does not know ("Burnout, she says, …") is skipped, and an organisation entry is no
 * person's subject.
 */
function sentenceSubject(body: string, table: SpeakerTable, start: number, end: number): ResolvedSpeaker | null {
  // "A senior official at the Department for Education, who was not authorised to speak, is blunt": an unnamed
  // official speaks for the organisation, as an unnamed spokesperson does.
  const official = officialsOrgBetween(table, start, end);
  if (official !== undefined) return { name: official.name, role: null, entry: official };
  for (const ref of referencesIn(table, start, Math.min(end, start + 120))) {
    if ((ref.kind === 'name' && !/\s/u.test(ref.name)) || (ref.kind === 'entry' && ref.entry.kind === 'org')) continue;
    const lead = wordCount(body.slice(start, ref.at));
    if (lead > 8) return null;
    if (lead > 3) {
      const verb = ANY_SPEECH_VERB.exec(table.narration.slice(ref.at, end));
      if (verb === null || wordCount(body.slice(ref.at, ref.at + verb.index)) > 12) return null;
    }
    return resolveReference(table, ref, ref.at);
  }
  return null;
}

/**
 * A quotation with no attribution of its own: the person the narration just named as a sentence subject, or
 * else the speaker of the previous quotation (which it then continues).
 */
function inherit(body: string, table: SpeakerTable, paras: readonly Span[], piece: QuotePiece, found: readonly Found[]): Found {
  const lastIndex = found.length - 1;
  const last = found[lastIndex];
  const windowStart = (paras[Math.max(0, piece.paragraph - 1)] as Span).start;
  const from = Math.max(windowStart, last === undefined ? 0 : sentenceEnd(body, last.piece.end, (paras[last.piece.paragraph] as Span).end));
  let subject: ResolvedSpeaker | null = null;
  let at = from;
  while (at < piece.open) {
    // Strictly after `at`: a last quote whose sentence closes its paragraph leaves `at` on that paragraph's end,
    // and the narration to read is in the next one.
    const paragraph = paras.find((p) => p.end > at && p.start <= piece.open) ?? (paras[piece.paragraph] as Span);
    const start = Math.max(at, paragraph.start);
    const end = Math.min(sentenceEnd(body, start, paragraph.end), piece.open);
    if (end <= start) break;
    const found = sentenceSubject(body, table, start, end);
    if (found !== null) subject = found;
    at = end === paragraph.end ? (paras.find((p) => p.start > end)?.start ?? piece.open) : end;
  }
  if (subject !== null) return { piece, speaker: subject, continues: null, reach: piece.end, sharedReach: false };
  if (last !== undefined && last.piece.paragraph >= piece.paragraph - 2) return { piece, speaker: last.speaker, continues: lastIndex, reach: piece.end, sharedReach: false };
  return { piece, speaker: null, continues: null, reach: piece.end, sharedReach: false };
}
