import { z } from 'zod';
import { SideSchema, type Side } from '../model/corpus-schema.js';

/**
 * Follow-ups ("more", "other side") travel as compact tokens inside buttons (Discord `custom_id`, Slack action
 * `value`), so that a button still works after the bot restarts: the token carries the whole request.
 */

/** A token never exceeds this, leaving room for an adapter's prefix within Discord's 100-character custom_id. */
export const MAX_TOKEN_LENGTH = 90;

export interface FollowUpRequest {
  readonly action: 'more' | 'other';
  readonly topic: string;
  readonly side: Side | null;
  readonly speakers: readonly string[];
  readonly groups: readonly string[];
  readonly terms: readonly string[];
  readonly page: number;
}

const SEPARATOR = '~';
const LIST = ',';
const ACTIONS = { m: 'more', o: 'other' } as const;

const TokenSchema = z.tuple([
  z.literal('1'),
  z.enum(['m', 'o']),
  z.string().min(1),
  z.union([SideSchema, z.literal('')]),
  z.string(),
  z.string(),
  z.string().regex(/^\d{1,3}$/),
  z.string(),
]);

/**
 * Encodes a follow-up, dropping ranking terms (then groups) from the end if needed to fit `MAX_TOKEN_LENGTH`;
 * null when even the bare request does not fit (very long ids).
 */
export function encodeFollowUp(request: FollowUpRequest): string | null {
  const terms = [...request.terms];
  const groups = [...request.groups];
  for (;;) {
    const token = [
      '1',
      request.action === 'more' ? 'm' : 'o',
      request.topic,
      request.side ?? '',
      request.speakers.join(LIST),
      groups.join(LIST),
      String(request.page),
      terms.join(LIST),
    ].join(SEPARATOR);
    if (token.length <= MAX_TOKEN_LENGTH) return token;
    if (terms.length > 0) terms.pop();
    else if (groups.length > 0) groups.pop();
    else return null;
  }
}

/** Decodes a token from `encodeFollowUp`; null for anything else (old, forged or garbled tokens). */
export function decodeFollowUp(token: string): FollowUpRequest | null {
  if (token.length > MAX_TOKEN_LENGTH) return null;
  const parsed = TokenSchema.safeParse(token.split(SEPARATOR));
  if (!parsed.success) return null;
  const [, action, topic, side, speakers, groups, page, terms] = parsed.data;
  const list = (value: string) => (value === '' ? [] : value.split(LIST));
  return {
    action: ACTIONS[action],
    topic,
    side: side === '' ? null : side,
    speakers: list(speakers),
    groups: list(groups),
    terms: list(terms),
    page: Number(page),
  };
}
