import { englishDataset, englishRecommendedTransformers, RegExpMatcher } from 'obscenity';
import { MAX_NICKNAME_LENGTH } from './room-protocol';

const matcher = new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers });

/**
 * A nickname as the relay keeps it: letters, digits, spaces and a little punctuation, trimmed and
 * short; null for an empty one or one the profanity filter catches (the phone joins anyway).
 */
export function filterNickname(raw: string | undefined): string | null {
  if (!raw) return null;
  const cleaned = raw
    .normalize('NFKC')
    .replace(/[^\p{L}\p{N} '\-.]/gu, '')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_NICKNAME_LENGTH)
    .trim();
  if (!cleaned || matcher.hasMatch(cleaned)) return null;
  return cleaned;
}
