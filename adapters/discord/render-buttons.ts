import { ButtonStyle, ComponentType, type APIActionRowComponent, type APIButtonComponent } from 'discord.js';
import type { Answer } from '../../src/index.js';
import { encodeButtonId, type ButtonAction } from './button-ids.js';

/**
 * The buttons under an answer: "Other side" and "More" when the core offers those follow-ups, and "Sources"
 * always. All grey (secondary): no button should look like the right answer. Empty when there is nothing to
 * offer, since Discord refuses an empty action row.
 */
export function renderAnswerButtons(answer: Answer): APIActionRowComponent<APIButtonComponent>[] {
  const offers: [string, ButtonAction | null][] = [
    ['Other side', answer.followUps.otherSide ? { kind: 'other', token: answer.followUps.otherSide } : null],
    ['More', answer.followUps.more ? { kind: 'more', token: answer.followUps.more } : null],
    ['Sources', { kind: 'sources', topicId: answer.topic?.id ?? null }],
  ];
  const buttons: APIButtonComponent[] = [];
  for (const [label, action] of offers) {
    // A sources id too long for its topic falls back to all sources rather than losing the button.
    const id = action && (encodeButtonId(action) ?? (action.kind === 'sources' ? encodeButtonId({ kind: 'sources', topicId: null }) : null));
    if (id) buttons.push({ type: ComponentType.Button, style: ButtonStyle.Secondary, label, custom_id: id });
  }
  return buttons.length > 0 ? [{ type: ComponentType.ActionRow, components: buttons }] : [];
}
