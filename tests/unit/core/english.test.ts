import { describe, expect, it } from 'vitest';
import { withArticle } from '../../../src/core/english';

describe('withArticle', () => {
  it('says "an" before a vowel and "a" before anything else', () => {
    expect([withArticle('assessed'), withArticle('trainer'), withArticle('Object'), withArticle('Map')]).toEqual(['an assessed', 'a trainer', 'an Object', 'a Map']);
  });
});
