/**
 * Posts are edited as UTF-8 text. A file that is not valid UTF-8 cannot go through a string and
 * back unchanged (invalid bytes become U+FFFD), so it is never opened for editing.
 */
import type { Problem } from '../../shared/post';
import { ServiceError } from './errors';

const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lossy = new TextDecoder('utf-8', { ignoreBOM: true });

/** The file's text, or a `encoding` error naming it when its bytes are not UTF-8. */
export function decodeUtf8(bytes: Uint8Array, relPath: string): string {
  try {
    return strict.decode(bytes);
  } catch {
    throw new ServiceError('encoding', `${relPath} is not valid UTF-8 text: Postdesk leaves it untouched rather than risk changing its bytes.`);
  }
}

/** Text to summarize a file by, valid or not, and the problem to show when it is not UTF-8. */
export function decodeForSummary(bytes: Uint8Array): { text: string; problem: Problem | null } {
  try {
    return { text: strict.decode(bytes), problem: null };
  } catch {
    return { text: lossy.decode(bytes), problem: { line: 1, message: 'The file is not valid UTF-8 text; it cannot be edited in Postdesk.', severity: 'error' } };
  }
}
