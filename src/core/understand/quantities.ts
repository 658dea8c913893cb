// The user's numbers with their units. Filled in by the units layer.

/** Base dimensions a quantity may carry, each with an exponent (USD·token⁻¹ is a price per token). */
export type Dimension = 'usd' | 'token' | 'gpu' | 'hour' | 'user' | 'item';

/** A number the user gave, in base units (hours for time, single tokens), with its dimensions. */
export interface Quantity {
  value: number;
  dims: Partial<Record<Dimension, number>>;
  /** As written ("$0.50/M", "30 days"). */
  raw: string;
  /** Where it starts in the question. */
  at: number;
}

/** Quantities written in a question, in order. */
export function parseQuantities(_text: string): Quantity[] {
  return [];
}
