import type { Side } from '../../src/index.js';

/**
 * One colour per side, from the Okabe–Ito palette (readable with the common colour-vision deficiencies):
 * blue, orange and grey. Deliberately no red or green, which readers take for wrong and right.
 */
export const SIDE_COLORS: Readonly<Record<Side, number>> = {
  for: 0x0072b2,
  against: 0xe69f00,
  mixed: 0x8c8c8c,
};

/** For embeds that belong to no side: the question, notices, sources, help. */
export const NEUTRAL_COLOR = 0x56687a;
