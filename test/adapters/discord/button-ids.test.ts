import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeButtonId, encodeButtonId, MAX_CUSTOM_ID } from '../../../adapters/discord/button-ids.js';
import { MAX_TOKEN_LENGTH } from '../../../src/index.js';

describe('button ids', () => {
  it('fits every core follow-up token, with its prefix, in 100 characters, and reads it back', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: MAX_TOKEN_LENGTH }), fc.constantFrom('more' as const, 'other' as const), (token, kind) => {
        const id = encodeButtonId({ kind, token });
        expect(id).not.toBeNull();
        expect(id?.length).toBeLessThanOrEqual(MAX_CUSTOM_ID);
        expect(decodeButtonId(id ?? '')).toEqual({ kind, token });
      }),
    );
  });

  it('carries the topic of a Sources button, and leaves out one too long to fit', () => {
    expect(decodeButtonId(encodeButtonId({ kind: 'sources', topicId: 'police-in-schools' }) ?? '')).toEqual({ kind: 'sources', topicId: 'police-in-schools' });
    expect(decodeButtonId(encodeButtonId({ kind: 'sources', topicId: null }) ?? '')).toEqual({ kind: 'sources', topicId: null });
    expect(encodeButtonId({ kind: 'sources', topicId: 'x'.repeat(120) })).toBeNull();
  });

  it('ignores ids it did not make', () => {
    for (const id of ['', 'cp:more:', 'other:thing', 'cp:nope:x', `cp:more:${'x'.repeat(200)}`]) expect(decodeButtonId(id)).toBeNull();
  });
});
