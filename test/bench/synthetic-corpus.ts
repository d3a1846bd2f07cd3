import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildCorpus, sha256, type Corpus, type CorpusFileInput, type Side } from '../../src/index.js';
import { CorpusFileSchema } from '../../src/model/corpus-schema.js';
import { AFTERTHOUGHTS, EVIDENCE, FIRST_NAMES, GROUPS, LAST_NAMES, OPENERS, OUTLETS, PLACES, PROSE, TOPICS, type SyntheticTopic } from './synthetic-words.js';

/**
 * A deterministic synthetic corpus of any size for benchmarks: several debates, thousands of speakers (people
 * and organizations, in groups), news-style articles whose quotes are real slices of their text, with
 * paraphrases and continuations. The same size and seed always give byte-identical output, so runs compare.
 */
export interface SyntheticCorpus {
  /** The corpus.json content. */
  readonly raw: CorpusFileInput;
  /** Article file (as corpus.json names it) → text. */
  readonly texts: ReadonlyMap<string, string>;
  readonly quoteCount: number;
  /** Total article text in bytes (UTF-8). */
  readonly textBytes: number;
}

interface SpeakerPlan {
  readonly id: string;
  readonly name: string;
  readonly surname: string;
  readonly role: string;
  readonly topics: ReadonlyMap<string, Side>;
}

/** Bump when the output changes, so cached copies on disk are regenerated. */
export const GENERATOR_VERSION = 2;

/** Generates `quoteCount` quotes over as many articles and speakers as a newsroom of that size would have. */
export function generateCorpus(quoteCount: number, seed = 1): SyntheticCorpus {
  const random = mulberry32(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const speakerCount = Math.max(12, Math.round(quoteCount / 12));
  const { speakers, plans } = makeSpeakers(speakerCount, random, pick);
  const byTopic = new Map(TOPICS.map((topic) => [topic.id, plans.filter((plan) => plan.topics.has(topic.id))]));

  const texts = new Map<string, string>();
  const articles: NonNullable<CorpusFileInput['articles']> = [];
  let made = 0;
  for (let n = 0; made < quoteCount; n += 1) {
    const topic = TOPICS[n % TOPICS.length] as SyntheticTopic;
    const id = `a${String(n).padStart(6, '0')}`;
    const file = `articles/${id}.txt`;
    const place = pick(PLACES);
    const fill = (template: string) => fillIn(template, topic, place, random, pick);
    const pool = byTopic.get(topic.id) ?? [];
    const cast = Array.from({ length: 3 + Math.floor(random() * 4) }, () => pool[Math.floor(random() ** 2 * pool.length)] as SpeakerPlan);
    const want = Math.min(quoteCount - made, 6 + Math.floor(random() * 9));
    const parts: string[] = [capitalize(fill(pick(PROSE)))];
    const quotes: NonNullable<CorpusFileInput['articles']>[number]['quotes'] = [];
    const introduced = new Set<string>();
    let length = (parts[0] as string).length;
    const append = (paragraph: string): number => {
      parts.push(paragraph);
      length += 2 + paragraph.length;
      return length - paragraph.length;
    };
    while (quotes.length < want) {
      if (random() < 0.5) append(capitalize(fill(pick(PROSE))));
      const speaker = pick(cast);
      const stance = random() < 0.9 ? (speaker.topics.get(topic.id) ?? 'mixed') : pick(['for', 'against', 'mixed'] as const);
      const who = introduced.has(speaker.id) ? speaker.surname : `${speaker.name}, ${speaker.role},`;
      introduced.add(speaker.id);
      const record = { speaker: speaker.id, side: stance, reviewed: random() < 0.9, continues: null as string | null };
      const qid = `${id}-q${quotes.length}`;
      if (random() < 0.15) {
        const text = `${topic.proposal} would ${pick(stance === 'against' ? topic.harms : topic.gains)}.`;
        const lead = `${who} said `;
        const at = append(lead + text) + lead.length;
        quotes.push({ id: qid, start: at, end: at + text.length, text, kind: 'paraphrase', ...record });
        continue;
      }
      const text = quoteText(topic, stance, fill, pick, random);
      const form = Math.floor(random() * 3);
      const lead = form === 2 ? `${who} put it bluntly: “` : '“';
      const shown = form === 2 ? text : `${text.slice(0, -1)},`;
      const tail = form === 0 ? `” said ${who.replace(/,$/, '')}.` : form === 1 ? `” ${speaker.surname} said.` : '”';
      const at = append(lead + shown + tail) + lead.length;
      quotes.push({ id: qid, start: at, end: at + shown.length, text: shown, kind: 'direct', ...record });
      if (random() < 0.08 && quotes.length < want) {
        const more = quoteText(topic, stance, fill, pick, random);
        const next = append(`“${more}”`) + 1;
        quotes.push({ id: `${id}-q${quotes.length}`, start: next, end: next + more.length, text: more, kind: 'direct', ...record, continues: qid });
      }
    }
    const body = parts.join('\n\n');
    texts.set(file, body);
    made += quotes.length;
    const date = `20${20 + (n % 6)}-${String(1 + (n % 12)).padStart(2, '0')}-${String(1 + (n % 28)).padStart(2, '0')}`;
    articles.push({ id, topic: topic.id, file, sha256: sha256(body), title: `${place} weighs ${topic.proposal}`, outlet: OUTLETS[n % OUTLETS.length] ?? null, date, place, url: `https://news.example/${id}`, quotes });
  }
  const raw: CorpusFileInput = {
    version: 1,
    name: `synthetic benchmark corpus (${quoteCount} quotes)`,
    topics: TOPICS.map(topicEntry),
    groups: GROUPS.map(({ id, label, words }) => ({ id, label, words })),
    speakers,
    articles,
  };
  let textBytes = 0;
  for (const text of texts.values()) textBytes += Buffer.byteLength(text);
  return { raw, texts, quoteCount: made, textBytes };
}

/** Verifies the synthetic corpus exactly as `loadCorpus` would, without touching the disk. */
export function toCorpus(synthetic: SyntheticCorpus): Corpus {
  return buildCorpus(synthetic.raw, (file) => synthetic.texts.get(file));
}

/**
 * Writes corpus.json and the articles into `dir`, as a corpus folder `loadCorpus(dir)` reads. corpus.json is
 * written as ingest writes one, every field spelled out (the schema's output), so that start-up measures what a
 * real corpus costs, including a remembered schema verdict (`src/corpus/verified-shape.ts`).
 */
export function writeCorpus(synthetic: SyntheticCorpus, dir: string): void {
  mkdirSync(join(dir, 'articles'), { recursive: true });
  for (const [file, text] of synthetic.texts) writeFileSync(join(dir, file), text);
  writeFileSync(join(dir, 'corpus.json'), JSON.stringify(CorpusFileSchema.parse(synthetic.raw)));
}

function quoteText(topic: SyntheticTopic, side: Side, fill: (t: string) => string, pick: <T>(items: readonly T[]) => T, random: () => number): string {
  const templates: Record<Side, readonly string[]> = {
    for: ['{opener} {proposal} will {gain}.', 'I believe {proposal} would {gain}, and {evidence}.', 'We need {proposal} because it will {gain}.', 'If we want to {gain}, this is how we do it.', 'The {affected} I know deserve this, because it will {gain}.'],
    against: ['{opener} {proposal} would {harm}.', 'I am worried that {proposal} will {harm}.', 'This plan will {harm}, and {evidence}.', 'Nobody asked the {affected} before deciding, and it would {harm}.', 'It sounds good on paper, but it will {harm}.'],
    mixed: ['I can see both sides: it could {gain}, but it might also {harm}.', 'I am torn, because {proposal} may {gain} and still {harm}.', 'We need more data before we know whether it will {gain} or {harm}.'],
  };
  const sentence = (template: string) => capitalize(fill(template.replace('{gain}', pick(topic.gains)).replace('{harm}', pick(topic.harms))));
  const first = sentence(pick(templates[side]));
  return random() < 0.35 ? `${first} ${capitalize(fill(pick(AFTERTHOUGHTS)))}` : first;
}

function fillIn(template: string, topic: SyntheticTopic, place: string, random: () => number, pick: <T>(items: readonly T[]) => T): string {
  return template.replace(/\{(\w+)\}/g, (_, slot: string) => {
    switch (slot) {
      case 'opener': return pick(OPENERS);
      case 'proposal': return topic.proposal;
      case 'affected': return pick(topic.affected);
      case 'venue': return topic.venue;
      case 'place': return place;
      case 'school': return `${place} ${pick(['High', 'Middle', 'Elementary'])} School`;
      case 'n': return String(2 + Math.floor(random() * 400));
      case 'year': return String(2010 + Math.floor(random() * 14));
      case 'evidence': return fillIn(pick(EVIDENCE), topic, place, random, pick);
      default: return slot;
    }
  });
}

function makeSpeakers(count: number, random: () => number, pick: <T>(items: readonly T[]) => T) {
  const speakers: NonNullable<CorpusFileInput['speakers']> = [];
  const plans: SpeakerPlan[] = [];
  const orgs: { id: string; name: string }[] = [];
  const combos = FIRST_NAMES.length * LAST_NAMES.length;
  for (let k = 0; k < count; k += 1) {
    const home = TOPICS[k % TOPICS.length] as SyntheticTopic;
    const stance = pick(['for', 'for', 'against', 'against', 'mixed'] as const);
    const topics = new Map<string, Side>([[home.id, stance]]);
    if (random() < 0.3) topics.set(pick(TOPICS).id, pick(['for', 'against', 'mixed'] as const));
    const place = pick(PLACES);
    if (k % 25 === 3) {
      const name = `${place} ${pick(['Teachers Union', 'Parents Association', 'Chamber of Commerce', 'Tenants Union', 'Clean Air Coalition', 'Taxpayers League'])}`;
      const id = `org-${k}`;
      orgs.push({ id, name });
      speakers.push({ id, name, kind: 'organization', aliases: [], role: null, organization: null, groups: [] });
      plans.push({ id, name, surname: name, role: 'a local advocacy group', topics });
      continue;
    }
    // Walk the name grid with a stride coprime to its size, so neighbours differ in both names.
    const cell = (k * 7919) % combos;
    const first = FIRST_NAMES[cell % FIRST_NAMES.length] as string;
    const last = LAST_NAMES[Math.floor(cell / FIRST_NAMES.length)] as string;
    const middle = k >= combos ? ` ${String.fromCharCode(65 + (Math.floor(k / combos) % 26))}.` : '';
    const name = `${first}${middle} ${last}`;
    const id = `${first}-${last}-${k}`.toLowerCase();
    const group = pick(GROUPS);
    const org = orgs.length > 0 && random() < 0.1 ? pick(orgs) : null;
    const role = org !== null ? `a spokesperson for the ${org.name}` : fillIn(pick(group.roles), home, place, random, pick);
    const groups = random() < 0.2 ? [...new Set([group.id, pick(GROUPS).id])] : [group.id];
    speakers.push({ id, name, kind: 'person', aliases: [last], role, organization: org?.id ?? null, groups });
    plans.push({ id, name, surname: last, role, topics });
  }
  return { speakers, plans };
}

function topicEntry(topic: SyntheticTopic): NonNullable<CorpusFileInput['topics']>[number] {
  return {
    id: topic.id,
    question: topic.question,
    summary: `Invented news reports on ${topic.proposal}, for benchmarks.`,
    sides: {
      for: { label: `Supporters of ${topic.proposal}`, words: ['supporters', 'support', 'proponents', 'in favor', 'backers', 'for', 'pros', 'case for'] },
      against: { label: `Critics of ${topic.proposal}`, words: ['critics', 'oppose', 'opponents', 'against', 'skeptics', 'cons', 'case against'] },
      mixed: { label: 'Undecided and both-ways voices', words: ['undecided', 'torn', 'unsure', 'mixed', 'on the fence', 'both ways'] },
    },
    reversals: [...topic.reversals],
    keywords: [...topic.keywords],
    synonyms: topic.synonyms.map((set) => [...set]),
    suggestions: [topic.question, `What do critics of ${topic.proposal} say?`, `Why do supporters want ${topic.proposal}?`],
  };
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A small, fast, seedable PRNG (public domain), so the corpus does not depend on Math.random. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
