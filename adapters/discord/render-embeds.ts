import type { APIEmbed, APIEmbedField } from 'discord.js';
import type { Answer, AnswerSection } from '../../src/index.js';
import { EMBED_LIMITS, embedLength } from './embed-limits.js';
import { echoUserText, escapeDiscordText } from './escape-text.js';
import { renderQuoteField } from './render-quote-field.js';
import { shortenAtWord, shortenEscaped } from './shorten-text.js';
import { NEUTRAL_COLOR, SIDE_COLORS } from './side-colors.js';

/** What the renderer needs beside the answer. */
export interface EmbedRenderOptions {
  /** The corpus's name, shown in the footer so readers know where the quotes come from. */
  readonly corpusName: string;
  /** What to show after "You asked:"; the answer's question when left out (e.g. "/side Critics …"). */
  readonly asked?: string;
}

/** How much room each kind of text gets; shrunk step by step until the whole message fits. */
interface Plan {
  /** How many of each section's quotes are shown (always the best-ranked first). */
  readonly shown: number[];
  quoteMax: number;
  textMax: number;
  nameMax: number;
}

const MAX_SECTIONS = EMBED_LIMITS.embeds - 1;
const ECHO_MAX = 300;
const MAX_SUGGESTIONS = 5;

/**
 * Renders an answer as Discord embeds: a first embed with the topic and what was asked, then one embed per
 * section with the side's label and colour and one field per quote, and a footer on the last one naming the
 * corpus and how balance works. An answer with no quotes becomes one kind notice with suggestions.
 *
 * Always within every embed limit (see `EMBED_LIMITS`). To fit, it first drops a section's lowest-ranked
 * quotes (never a side's last one, so every side keeps a voice) and says so in that section, then shortens
 * quotes at a word with a marked cut (` …`), then shortens notes and names. User text is escaped.
 */
export function renderAnswerEmbeds(answer: Answer, options: EmbedRenderOptions): APIEmbed[] {
  const sections = answer.sections.filter((section) => section.quotes.length > 0).slice(0, MAX_SECTIONS);
  if (sections.length === 0) return [renderNotice(answer, options)];
  const plan: Plan = {
    shown: sections.map((section) => Math.min(section.quotes.length, EMBED_LIMITS.fields)),
    quoteMax: EMBED_LIMITS.fieldValue,
    textMax: 1500,
    nameMax: EMBED_LIMITS.title,
  };
  for (;;) {
    const embeds = build(answer, sections, plan, options);
    if (embeds.reduce((sum, embed) => sum + embedLength(embed), 0) <= EMBED_LIMITS.total) return embeds;
    if (!shrink(plan)) {
      // Reached only by answers far beyond anything the core composes (nine long-labelled sections):
      // keep the first sides rather than send nothing.
      if (sections.length > 1) {
        sections.pop();
        plan.shown.pop();
      } else return [renderNotice({ ...answer, sections: [] }, options)];
    }
  }
}

/** One step smaller: fewer quotes first, then shorter quotes, then shorter notes and names. */
function shrink(plan: Plan): boolean {
  const most = Math.max(...plan.shown);
  if (most > 1) {
    plan.shown[plan.shown.lastIndexOf(most)] = most - 1;
    return true;
  }
  if (plan.quoteMax > 160) {
    plan.quoteMax = Math.max(160, Math.floor(plan.quoteMax * 0.7));
    return true;
  }
  if (plan.textMax > 120) {
    plan.textMax = Math.max(120, Math.floor(plan.textMax / 2));
    return true;
  }
  if (plan.nameMax > 60) {
    plan.nameMax = Math.max(60, Math.floor(plan.nameMax / 2));
    return true;
  }
  return false;
}

function build(answer: Answer, sections: readonly AnswerSection[], plan: Plan, options: EmbedRenderOptions): APIEmbed[] {
  const intro: APIEmbed = {
    title: shortenEscaped(answer.topic?.question ?? 'counterpoint', plan.nameMax, escapeDiscordText) || 'counterpoint',
    color: NEUTRAL_COLOR,
  };
  const notice = answer.notice ? shortenEscaped(answer.notice, plan.textMax, escapeDiscordText) : null;
  const description = [asked(answer, options), notice].filter(Boolean).join('\n\n');
  if (description) intro.description = description;
  const embeds = [intro, ...sections.map((section, i) => sectionEmbed(section, plan.shown[i] ?? 1, plan))];
  setFooter(embeds, options);
  return embeds;
}

function sectionEmbed(section: AnswerSection, shown: number, plan: Plan): APIEmbed {
  const fields: APIEmbedField[] = [];
  let hidden = section.quotes.length - shown;
  for (const quote of section.quotes.slice(0, shown)) {
    const field = renderQuoteField(quote, plan.quoteMax);
    if (field) fields.push(field);
    else hidden += 1;
  }
  const lines = [
    section.kind === 'counterpoint' ? '*The other side, shown beside what you asked about.*' : null,
    section.note ? shortenEscaped(section.note, plan.textMax, escapeDiscordText) : null,
    hidden > 0 ? `*${hidden} more ${hidden === 1 ? 'quote' : 'quotes'} from this side did not fit in one message.*` : null,
  ].filter((line): line is string => line !== null);
  const embed: APIEmbed = {
    title: shortenEscaped(section.label, plan.nameMax, escapeDiscordText) || section.side,
    color: SIDE_COLORS[section.side],
    fields,
  };
  if (lines.length > 0) embed.description = lines.join('\n');
  return embed;
}

function asked(answer: Answer, options: EmbedRenderOptions): string | null {
  const echo = echoUserText(options.asked ?? answer.question, ECHO_MAX);
  return echo ? `**You asked:** ${echo}` : null;
}

/**
 * The kind reply when nothing matched: the core's notice, what to try instead, and where to get help.
 */
export function renderNotice(answer: Answer, options: EmbedRenderOptions): APIEmbed {
  const suggestions = answer.suggestions
    .slice(0, MAX_SUGGESTIONS)
    .map((suggestion) => `• ${shortenEscaped(suggestion, 200, escapeDiscordText)}`);
  const parts = [
    asked(answer, options),
    shortenEscaped(answer.notice ?? 'I could not find quotes for that in this corpus.', 1500, escapeDiscordText),
    suggestions.length > 0 ? `**You could try:**\n${suggestions.join('\n')}` : null,
    'Type `/help` to see what you can ask.',
  ].filter((part): part is string => Boolean(part));
  const embed: APIEmbed = {
    title: 'No quotes to show for that yet',
    description: shortenAtWord(parts.join('\n\n'), EMBED_LIMITS.description),
    color: NEUTRAL_COLOR,
  };
  setFooter([embed], options);
  return embed;
}

/** The footer goes on the last embed only: one line, once per message. */
function setFooter(embeds: APIEmbed[], options: EmbedRenderOptions): void {
  const last = embeds[embeds.length - 1];
  if (last) last.footer = { text: footerText(options.corpusName) };
}

/** Names the corpus and says, in a line, how balance works. Footers show no markdown, so nothing is escaped. */
export function footerText(corpusName: string): string {
  return `${shortenAtWord(corpusName, 80)} · Balanced by design: every side in the corpus is shown beside the one you asked about, in the speakers' own words.`;
}
