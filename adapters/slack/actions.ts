import { z } from 'zod';
import { LIMITS } from './block-kit.js';

/**
 * The buttons an answer carries. Each button's `value` holds everything needed to answer the click (the
 * core's follow-up tokens, a topic id, or what to re-ask when sharing), so clicks keep working after a
 * restart and no answer state is kept in the process.
 */
export const ACTION_IDS = {
  more: 'counterpoint_more',
  otherSide: 'counterpoint_other_side',
  sources: 'counterpoint_sources',
  share: 'counterpoint_share',
} as const;

/** The callback id of the "Find perspectives" message shortcut; the manifest declares the same. */
export const SHORTCUT_CALLBACK_ID = 'find_perspectives';

/**
 * What to answer: a question, a follow-up token or a topic's sources. A "Share in channel" button carries
 * one, and the click posts the same answer, recomputed: the core is pure over its corpus, so this gives the
 * answer the reporter saw (unless the corpus changed in between, when they get the current one, which is
 * what they would want to cite).
 */
export type AnswerRequest =
  | { readonly kind: 'ask'; readonly question: string }
  | { readonly kind: 'followUp'; readonly token: string }
  | { readonly kind: 'sources'; readonly topic: string | null };

const AnswerRequestSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('ask'), question: z.string() }),
  z.object({ kind: z.literal('followUp'), token: z.string() }),
  z.object({ kind: z.literal('sources'), topic: z.string().nullable() }),
]);

/** The button value for a share of this request, or null when it would not fit Slack's 2,000-character value limit. */
export function encodeRequest(ref: AnswerRequest): string | null {
  const value = JSON.stringify(ref);
  return value.length <= LIMITS.buttonValue ? value : null;
}

/** Reads a share button's value back; null for anything that is not one of ours (forged or garbled). */
export function decodeRequest(value: string): AnswerRequest | null {
  try {
    const parsed = AnswerRequestSchema.safeParse(JSON.parse(value));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
