/** Case- and accent-insensitive search text. */
import { describe, expect, it } from 'vitest';
import { foldText, queryTerms } from '../../../renderer/src/features/register/rowModel/foldText';

describe('foldText', () => {
  it.each([
    ['Łódź', 'lodz'],
    ['ŁÓDŹ', 'lodz'],
    ['Crème Brûlée', 'creme brulee'],
    ['Straße', 'strasse'],
    ['Øresund', 'oresund'],
    ['GMP-JS-001', 'gmp-js-001'],
    ['zero\u200Bwidth', 'zerowidth'],
    ['e\u0301', 'e'],
  ])('folds %j to %j', (text, folded) => {
    expect(foldText(text)).toBe(folded);
  });
});

describe('queryTerms', () => {
  it('splits a query into folded words and ignores extra spaces', () => {
    expect(queryTerms('  Łódź   BATCH ')).toEqual(['lodz', 'batch']);
    expect(queryTerms('   ')).toEqual([]);
  });
});
