import { ACCORDING_TO, SPEECH_VERB, WOVEN_VERBS } from './attribution-words.js';
import type { QuotePiece } from './quote-marks.js';
import { referencesIn, type Reference } from './references.js';
import type { SpeakerTable } from './speaker-table.js';
import { sentenceEnd, sentenceStart, type Span } from './text-layout.js';

/**
 * Finding who a quotation's own sentence says spoke it: after the quote ("…,” Murphy said), before it
 * (Murphy said, “…”; "is quoted as saying", "according to"), or around a partial quote woven into a sentence.
 */

/** Where a piece stands: its paragraph and its neighbours in that paragraph. */
export interface PieceContext {
  readonly body: string;
  readonly table: SpeakerTable;
  readonly piece: QuotePiece;
  readonly paragraph: Span;
  /** Closing mark of the previous quotation in the paragraph, or null. */
  readonly previousClose: number | null;
  /** Opening mark of the next quotation in the paragraph, or null. */
  readonly nextOpen: number | null;
}

/** An attribution found in the quote's sentence. `ref` is null when it names nobody ("one parent said"). */
export interface Attribution {
  readonly ref: Reference | null;
  readonly via: 'before' | 'after' | 'woven';
  /** Offset where the attribution clause ends (the next quotation shares it when it starts there). */
  readonly reach: number;
  /** Whether the attribution stands right against the quote (needed for quotes of three words or fewer). */
  readonly adjacent: boolean;
}

const TERMINAL = /[.!?…]\s*$/u;

const FIRST_VERB = new RegExp(SPEECH_VERB.source, 'u');
const ALL_VERBS = new RegExp(SPEECH_VERB.source, 'gu');
const ALL_WOVEN = new RegExp(WOVEN_VERBS.source, 'gu');

function firstVerb(text: string): RegExpExecArray | null {
  return FIRST_VERB.exec(text);
}

function lastVerb(text: string, woven: boolean): { index: number; length: number } | null {
  let found: { index: number; length: number } | null = null;
  for (const match of text.matchAll(ALL_VERBS)) found = { index: match.index, length: match[0].length };
  if (woven) {
    // "officers would not be called for “…”": a passive verb names no one who called it anything.
    for (const match of text.matchAll(ALL_WOVEN)) if ((found === null || match.index > found.index) && !PASSIVE_BEFORE.test(text.slice(Math.max(0, match.index - 8), match.index))) found = { index: match.index, length: match[0].length };
  }
  return found;
}

/** The verb of "the statement read", "the union's letter reads": group 1 is the verb, after the document. */
const DOCUMENT_READS = /(?<=^(?:the|its|their|his|her)\s+(?:[\p{L}-]+['’]s?\s+)?(?:statement|letter|email|memo|release|message|note|submission|report|petition)\s+)(?:read|reads)(?![\p{L}])/iu;

const MONTH = /^(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?$/u;
const LISTENER_BEFORE = /(?:^|\s)(?:told|tells|to)\s+(?:[Tt]he\s+)?$/u;

const PASSIVE_BEFORE = /(?:^|\s)(?:be|been|being|is|was|were|are)\s+$/iu;

/** "That's what", "That is how", "This was what": a sentence that hands the quote before it to its subject. */
const THATS_WHAT = /^(?:that|this)(?:['’]s|\s+is|\s+was)\s+(?:what|how)\s/iu;

/** "…,” Murphy said." / "…,” said Tyrone Knighton of Vernon." / "…,” he wrote in a letter to parents." */
export function attributionAfter(context: PieceContext): Attribution | null {
  const { body, table, piece, paragraph } = context;
  if (piece.close === null) return null;
  const from = piece.close + 1;
  const limit = context.nextOpen ?? paragraph.end;
  const end = sentenceEnd(body, from, limit);
  const tail = table.narration.slice(from, end);
  const lead = /^[\s,;:\u2014\u2013-]*/u.exec(tail)?.[0].length ?? 0;
  const rest = tail.slice(lead);
  const quoteText = body.slice(piece.start, piece.end);
  const dashed = dashCredit(context, from, lead);
  if (dashed !== null) return dashed;
  // "“…200 people.” She paused, then added: “But …”": a sentence closed by a colon before the next quote introduces
  // that one; the finished quote before it is not what she added.
  if (TERMINAL.test(quoteText) && context.nextOpen !== null && /:\s*$/u.test(body.slice(from, context.nextOpen))) return null;
  const according = /^according\s+to\s+/iu.exec(rest);
  if (according !== null) {
    // "according to a Dec. 9 memo from Police Chief Curtis Lyle to Superintendent Lane Whitaker": the one named, not
    // a month, and not the one it went to.
    const refs = referencesIn(table, from + lead + according[0].length, end).filter((ref) => !(ref.kind === 'name' && MONTH.test(ref.name))).filter((ref, k) => k === 0 || !LISTENER_BEFORE.test(table.narration.slice(Math.max(0, ref.at - 10), ref.at)));
    return { ref: refs[0] ?? null, via: 'after', reach: end, adjacent: true };
  }
  // "“…,” the statement read.": a document "reads" what it says.
  const verb = firstVerb(rest) ?? DOCUMENT_READS.exec(rest);
  if (verb === null) return null;
  const pre = rest.slice(0, verb.index).trim();
  const preWords = pre === '' ? 0 : pre.split(/\s+/).length;
  // An appositive between the name and the verb (", pastor of Greater New Hope Missionary Baptist Church in
  // Pelahatchie,") does not make the subject long.
  const bareWords = pre.replace(/(?<=\d),(?=\d{3})/gu, '').replace(/,[^,]*,/gu, ' ').split(/\s+/).filter(Boolean).length;
  if (bareWords > 9) return null;
  // "… and was reviewing whether limits should be added to …", "he was told": a passive verb reports nothing.
  if (/(?:^|\s)(?:be|been|being|is|was|were|are|am)$/iu.test(pre)) return null;
  // "… but wants teachers at the table if the district writes a policy": the verb is in a subordinate clause.
  if (/(?:^|\s)(?:if|when|because|unless|whether|although|though|since|until|once)\s/iu.test(pre)) return null;
  const verbEnd = from + lead + verb.index + verb[0].length;
  const afterWords = body.slice(verbEnd, end).trim().split(/\s+/).filter(Boolean).length;
  // "“We're done waiting.” That's what parent Ana Ruiz told the board …": the next sentence credits the quote.
  const credits = THATS_WHAT.exec(pre) !== null;
  if (TERMINAL.test(quoteText) && !/^\p{Ll}/u.test(rest) && afterWords > 6 && !credits) return null; // a new sentence, not an attribution
  const refs = pre === '' ? referencesIn(table, verbEnd, end) : referencesIn(table, from + lead, from + lead + verb.index);
  if (credits && refs.length > 0) return { ref: preferNamed(refs), via: 'after', reach: end, adjacent: true };
  // "…,” but said …" carries on the sentence's own subject: no attribution here.
  if (refs.length === 0 && pre !== '') return refsOrUnnamed(pre, end, preWords);
  if (refs.length === 0 && pre === '') return null;
  return { ref: preferNamed(refs), via: 'after', reach: end, adjacent: preWords <= 5 };
}

/**
 * A pull-quote credit: the quotation, a dash, and the name closing the paragraph ("“…” — Gov. Peter Haugland, in
 * a post on X"). Only a name right after the dash, with nothing after it but a comma clause, is a credit; a dash
 * before a new clause ("— Smith disagreed") is narration.
 */
function dashCredit(context: PieceContext, from: number, lead: number): Attribution | null {
  const { body, table, paragraph } = context;
  if (context.nextOpen !== null || !/[\u2014\u2013]|--/u.test(body.slice(from, from + lead))) return null;
  const rest = table.narration.slice(from + lead, paragraph.end);
  const credit = /^((?:\p{Lu}[\p{L}\p{M}.'’-]*\s+){1,5}?\p{Lu}[\p{L}\p{M}'’-]*)\s*(?:,[^.!?]*)?[.]?\s*$/u.exec(rest);
  if (credit === null) return null;
  const refs = referencesIn(table, from + lead, from + lead + (credit[1]?.length ?? 0)).filter((ref) => ref.kind === 'entry' || ref.kind === 'name');
  const ref = refs[refs.length - 1];
  return ref === undefined ? null : { ref, via: 'after', reach: paragraph.end, adjacent: true };
}

/**
 * Among references in one subject phrase, a known person beats the organisation they are introduced with ("said
 * Ledger editor Priya Rao"), and either beats a stray capitalised word ("English teacher Mr. Faisal Qureshi").
 */
function preferNamed(refs: readonly Reference[]): Reference | null {
  return refs.find((ref) => ref.kind === 'entry' && ref.entry.kind === 'person') ?? refs.find((ref) => ref.kind !== 'name' || /\s/u.test(ref.name)) ?? refs[0] ?? null;
}

/** A subject phrase with no name in it: "one parent said" names nobody; "but said" is no attribution at all. */
function refsOrUnnamed(pre: string, end: number, preWords: number): Attribution | null {
  if (/^(?:and|but|then|also|yet|so)$/iu.test(pre.trim())) return null;
  // A clause with a verb of its own ("and was reviewing whether …") is no unnamed subject ("one parent said").
  if (/(?:^|\s)(?:is|was|were|are|be|been|should|would|could|will|can|may|might|must|has|have|had|do|does|did)(?:\s|$)/iu.test(pre)) return null;
  // "… must be “…” under federal rules, and asked for data": a verb coordinated after the quote ("…, and asked")
  // shares the sentence's own subject; it is no attribution of its own.
  if (/(?:^|[\s,])(?:and|but|then)(?:\s+(?:also|then|later))?$/iu.test(pre.trim())) return null;
  // "… was “remarkably consistent,” and that schools worried …": a second reported clause of the sentence
  // before the quote, whose subject is not the quote's speaker.
  if (/^(?:(?:and|but|or)\s+)?that\s/iu.test(pre.trim())) return null;
  return { ref: null, via: 'after', reach: end, adjacent: preWords <= 5 };
}

/** Appositive and relative clauses (", a junior at Lincoln High," / ", who has two children,"): names in them are not subjects. */
function asides(text: string, offset: number): Array<readonly [number, number]> {
  const ranges: Array<readonly [number, number]> = [];
  // ", His Majesty's Chief Inspector," / ", Her Majesty's …": a possessive title phrase is an appositive too.
  // The closing comma is looked ahead, not taken, so that back-to-back appositives (", chief executive of X, a
  // Denver-based firm …,") are each found.
  // A thousands separator ("a 1,400-pupil academy") closes nothing: masked, same length, so offsets hold.
  const masked = text.replace(/(?<=\d),(?=\d{3})/gu, '_');
  // ", Scotland's largest teaching union," / ", Ng's colleague on the board,": a possessive opens one too.
  for (const match of masked.matchAll(/,\s*(?:who|whose|which|a|an|the|(?:His|Her|Their|Its)\s|\p{Lu}[\p{L}-]*['’]s\s+\p{Ll}|\p{Ll})[^,]*(?=,)/gu)) ranges.push([offset + match.index, offset + match.index + match[0].length + 1]);
  // "Senator Hubert de Castelnau (Les Républicains) wrote": a party or acronym in brackets is no subject.
  if (text.includes('(')) for (const match of text.matchAll(/\([^()]*\)/gu)) ranges.push([offset + match.index, offset + match.index + match[0].length]);
  return ranges;
}

/** "Murphy said, “…" / "In it, Murphy is quoted as saying, “…" / "According to Smith, “…" / a woven partial quote. */
export function attributionBefore(context: PieceContext): Attribution | null {
  const { body, table, piece, paragraph } = context;
  const floor = Math.max(paragraph.start, context.previousClose === null ? paragraph.start : context.previousClose + 1);
  const from = sentenceStart(body, piece.open, floor);
  const head = table.narration.slice(from, piece.open);
  if (head.trim() === '') return null;
  const introducing = /[,:\u2014\u2013]\s*$/u.test(head) || /(?:said|says|wrote|writes|asked|added)\s*$/u.test(head);
  const according = ACCORDING_TO.exec(head);
  if (according !== null && introducing) {
    const refs = referencesIn(table, from + according.index + according[0].length, piece.open);
    return { ref: refs[0] ?? null, via: 'before', reach: piece.open, adjacent: true };
  }
  const verb = lastVerb(head, !introducing);
  if (verb !== null) {
    const hidden = asides(head.slice(0, verb.index), from);
    const all = referencesIn(table, from, from + verb.index);
    // One told or written to is no subject ("told The Age that members were worried about “…”", "in a letter to the
    // Ledger last week, writing that …"), unless no one else is named.
    const heard = all.filter((ref) => !LISTENER_BEFORE.test(table.narration.slice(Math.max(0, ref.at - 10), ref.at)));
    const visible = (heard.length > 0 ? heard : all).filter((ref) => !hidden.some(([s, e]) => ref.at >= s && ref.at < e));
    // "The officers' union, the Madison Police Officers Association, said": when the subject is only described,
    // the appositive names it.
    // (Never one inside a relative clause: "the X District, which introduced Grade Pause, said" is the district's.)
    const relative = hidden.filter(([s]) => /^,\s*(?:who|whose|which)\s/u.test(table.narration.slice(s, s + 10)));
    const described = visible.length > 0 ? visible : all.filter((ref) => (ref.kind === 'entry' || ref.kind === 'name') && !relative.some(([s, e]) => ref.at >= s && ref.at < e));
    // "with one senior clergyman, the Reverend Everton Blackwood, warning that …": a participle straight after an
    // appositive that names a person is that person's; the description before it names no one.
    const nearest = all[all.length - 1];
    const participle = head.slice(0, verb.index).endsWith(', ') && /ing$/u.test(head.slice(verb.index, verb.index + verb.length));
    const closing = nearest !== undefined && hidden.find(([s, e]) => nearest.at >= s && nearest.at < e && e === from + verb.index - 1);
    const refs = participle && closing !== undefined && nearest?.kind === 'entry' && nearest.entry.kind === 'person' ? [nearest] : described;
    const adjacent = introducing && head.slice(verb.index + verb.length).replace(/[\s,:]/g, '').length < 40;
    return { ref: refs[refs.length - 1] ?? null, via: introducing ? 'before' : 'woven', reach: piece.open, adjacent };
  }
  if (/:\s*$/u.test(head)) {
    const refs = referencesIn(table, from, piece.open);
    // "Rancher and parent Clay Boudreaux was blunter:": a person named in the lead-in beats a capitalised descriptor.
    return refs.length > 0 ? { ref: preferNamed(refs), via: 'before', reach: piece.open, adjacent: true } : null;
  }
  if (!introducing) {
    // A partial quote woven into a sentence whose subject is a person: "Smith has long thought the plan “…”".
    const refs = referencesIn(table, from, piece.open);
    const first = refs[0];
    if (first !== undefined && first.at - from < 40 && (first.kind !== 'entry' || first.entry.kind === 'person' || first.kind === 'entry')) {
      return { ref: first, via: 'woven', reach: piece.open, adjacent: false };
    }
  }
  return null;
}
