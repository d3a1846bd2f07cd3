import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ACTION_IDS, decodeRequest } from '../../../adapters/slack/actions.js';
import type { ContextBlock, SlackMessage } from '../../../adapters/slack/block-kit.js';
import { renderAnswer } from '../../../adapters/slack/render-blocks.js';
import type { Answer, QuoteView } from '../../../src/index.js';
import { answerArbitrary } from './answer-arbitrary.js';
import { expectEscaped, expectWithinSlackLimits, unescapeMrkdwn } from './slack-limits.js';

const quote = (overrides: Partial<QuoteView> = {}): QuoteView => ({
  id: 'q1',
  text: 'We need officers who know the kids.',
  pieces: [],
  kind: 'direct',
  speaker: { id: 'ana', name: 'Ana Ruiz', role: 'principal' },
  side: 'for',
  reviewed: true,
  source: { article: 'a1', title: 'Officers stay', outlet: 'The Courier', date: '2024-05-01', url: 'https://courier.example/a?x=1&y=2' },
  ...overrides,
});

const answer = (overrides: Partial<Answer> = {}): Answer => ({
  question: 'what do supporters say?',
  topic: { id: 'police-in-schools', question: 'Should police officers be stationed in schools?' },
  intent: { side: 'for', speakers: [], groups: [], terms: [] },
  sections: [
    { kind: 'answer', side: 'for', label: 'Supporters', quotes: [quote()], note: null },
    {
      kind: 'counterpoint',
      side: 'against',
      label: 'Critics',
      quotes: [quote({ id: 'q2', kind: 'paraphrase', text: 'Police make some students feel unsafe.', reviewed: false, side: 'against' })],
      note: null,
    },
  ],
  notice: null,
  suggestions: [],
  followUps: { more: '1~m~police-in-schools~for~~~1~', otherSide: '1~o~police-in-schools~against~~~0~' },
  ...overrides,
});

const sectionTexts = (message: SlackMessage) => message.blocks.flatMap((block) => (block.type === 'section' ? [block.text.text] : []));
const attributions = (message: SlackMessage) =>
  message.blocks.filter((block): block is ContextBlock => block.type === 'context' && block.elements.length >= 3);

describe('renderAnswer', () => {
  it('shows a header, a section per side, and each quote with speaker, role, outlet, date and link', () => {
    const message = renderAnswer(answer());
    expect(message.blocks[0]).toEqual({ type: 'header', text: { type: 'plain_text', text: 'Should police officers be stationed in schools?', emoji: true } });
    expect(sectionTexts(message)).toContain('*Supporters*');
    expect(sectionTexts(message)).toContain('*The other side: Critics*');
    const [first] = attributions(message);
    expect(first?.elements.map((element) => element.text)).toEqual([
      '*Ana Ruiz*, principal',
      'The Courier',
      '2024-05-01',
      '<https://courier.example/a?x=1&amp;y=2|Officers stay>',
    ]);
    expect(message.text).toBe('Should police officers be stationed in schools? — Supporters: 1 quote; Critics: 1 quote');
  });

  it('quotes direct quotes, labels paraphrases without quotation marks, and labels unreviewed quotes', () => {
    const texts = sectionTexts(renderAnswer(answer()));
    expect(texts).toContain('“We need officers who know the kids.”');
    const paraphrase = texts.find((text) => text.includes('Police make some students feel unsafe.'));
    expect(paraphrase).toMatch(/_Paraphrase \(reported speech, not a quotation\):_ Police make/);
    expect(paraphrase).not.toContain('“');
    expect(paraphrase).toMatch(/Unreviewed/);
  });

  it('offers Other side, More and Sources buttons carrying the core tokens, and Share only when asked to', () => {
    const buttons = (message: SlackMessage) => message.blocks.flatMap((block) => (block.type === 'actions' ? block.elements : []));
    const plain = buttons(renderAnswer(answer()));
    expect(plain.map((button) => [button.action_id, button.value])).toEqual([
      [ACTION_IDS.otherSide, '1~o~police-in-schools~against~~~0~'],
      [ACTION_IDS.more, '1~m~police-in-schools~for~~~1~'],
      [ACTION_IDS.sources, 'police-in-schools'],
    ]);
    const shared = buttons(renderAnswer(answer(), { share: { kind: 'ask', question: 'what do supporters say?' } }));
    const share = shared.find((button) => button.action_id === ACTION_IDS.share);
    expect(share && decodeRequest(share.value)).toEqual({ kind: 'ask', question: 'what do supporters say?' });
  });

  it('escapes <!channel>, <@U…> and links in the question and the corpus, so nobody is notified', () => {
    const message = renderAnswer(
      answer({
        question: 'what about <!channel> and <@U0123ABC> & <https://evil.example|this>? @here',
        sections: [
          {
            kind: 'answer',
            side: 'for',
            label: 'Fans of <!here>',
            note: null,
            quotes: [quote({ text: 'Tell <!everyone> & <@U999>', speaker: { id: 'x', name: '<!channel>', role: '<#C1|general>' } })],
          },
        ],
      }),
    );
    expectEscaped(message);
    const all = JSON.stringify(message);
    expect(all).toContain('&lt;!channel&gt;');
    expect(all).toContain('“Tell &lt;!everyone&gt; &amp; &lt;@U999&gt;”');
    expect(all).toContain('@\u2060here');
  });

  it('shortens a very long quote at a word boundary with … and says so', () => {
    const long = Array.from({ length: 1200 }, (_, index) => `word${index}`).join(' ');
    const message = renderAnswer(answer({ sections: [{ kind: 'answer', side: 'for', label: 'S', note: null, quotes: [quote({ text: long })] }] }));
    expectWithinSlackLimits(message);
    const shown = sectionTexts(message).find((text) => text.startsWith('“')) ?? '';
    expect(shown).toContain('Shortened here to fit Slack');
    const words = shown.slice(1, shown.indexOf('…”'));
    expect(long.startsWith(words)).toBe(true);
    expect(long.charAt(words.length)).toBe(' ');
  });

  it('says how many quotes did not fit instead of dropping them silently', () => {
    const many = Array.from({ length: 40 }, (_, index) => quote({ id: `q${index}`, text: `Quote number ${index}.` }));
    const message = renderAnswer(answer({ sections: [{ kind: 'answer', side: 'for', label: 'S', note: null, quotes: many }] }));
    expectWithinSlackLimits(message);
    const note = JSON.stringify(message).match(/(\d+) more quotes from this side did not fit/);
    expect(Number(note?.[1]) + attributions(message).length).toBe(40);
  });

  it('shows the notice and suggestions when there is nothing to quote', () => {
    const message = renderAnswer(
      answer({ sections: [], notice: 'I have nothing on “weather”.', suggestions: ['What do critics say?'], followUps: { more: null, otherSide: null }, topic: null }),
    );
    expect(message.text).toBe('I have nothing on “weather”.');
    expect(sectionTexts(message)).toEqual(['I have nothing on “weather”.\n*Try:*\n• What do critics say?']);
  });

  it('stays within Slack limits and escapes everything, whatever the answer holds (property)', () => {
    fc.assert(
      fc.property(answerArbitrary, fc.boolean(), (generated, shareable) => {
        const message = renderAnswer(generated, { share: shareable ? { kind: 'ask', question: generated.question.slice(0, 500) } : null });
        expectWithinSlackLimits(message);
        expectEscaped(message);
        const total = generated.sections.reduce((sum, section) => sum + section.quotes.length, 0);
        const untold = [...JSON.stringify(message).matchAll(/(\d+) more quotes? from this side/g)].reduce((sum, match) => sum + Number(match[1]), 0);
        expect(attributions(message).length + untold).toBe(total);
      }),
      { numRuns: 150 },
    );
  });

  it('never cuts a quote silently: what is shown is a prefix of the quote, marked when shortened (property)', () => {
    fc.assert(
      fc.property(answerArbitrary, (generated) => {
        const message = renderAnswer(generated);
        const shownQuotes = generated.sections.flatMap((section) => section.quotes);
        const quoteTexts = message.blocks.flatMap((block, index) => {
          const next = message.blocks[index + 1];
          return block.type === 'section' && next?.type === 'context' && next.elements.length >= 3 ? [block.text.text] : [];
        });
        for (const text of quoteTexts) {
          const body = text.replace(/^:warning: _Unreviewed[^\n]*\n/, '').replace(/\n_Shortened here[^\n]*$/, '');
          const words = unescapeMrkdwn(body.startsWith('“') ? body.slice(1, -1) : body.replace(/^_Paraphrase[^:]*:_ /, ''));
          const shortened = text.includes('_Shortened here');
          const candidates = shownQuotes.filter((candidate) => (shortened ? candidate.text.startsWith(words.slice(0, -1)) && words.endsWith('…') : candidate.text === words));
          expect(candidates.length, text.slice(0, 200)).toBeGreaterThan(0);
        }
      }),
      { numRuns: 100 },
    );
  });
});
