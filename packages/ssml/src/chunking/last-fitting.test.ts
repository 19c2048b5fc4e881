import { describe, expect, it } from 'vitest';
import { lastFitting } from './last-fitting';

/** `lastFitting` over `count` indexes of which the first `fitting` fit, with its number of calls. */
function search(options: { count: number; fitting: number; guess: number }) {
  let calls = 0;
  const index = lastFitting({
    count: options.count,
    guess: options.guess,
    fits: (candidate) => {
      calls++;
      return candidate < options.fitting;
    },
  });
  return { index, calls };
}

describe('lastFitting', () => {
  it('finds the last fitting index from any guess', () => {
    for (let count = 0; count <= 40; count++)
      for (let fitting = 0; fitting <= count; fitting++)
        for (let guess = -2; guess <= count + 2; guess++)
          expect(search({ count, fitting, guess }).index).toBe(fitting - 1);
  });

  it('costs two calls when the guess is right, and about two binary searches when it is far off', () => {
    expect(search({ count: 1000, fitting: 500, guess: 499 }).calls).toBe(2);
    expect(search({ count: 1000, fitting: 500, guess: 500 }).calls).toBe(2);
    expect(search({ count: 1000, fitting: 3, guess: 999 }).calls).toBeLessThanOrEqual(20);
    expect(search({ count: 1000, fitting: 1000, guess: 0 }).calls).toBeLessThanOrEqual(
      20,
    );
  });
});
