import type { PostSummary } from '../../shared/post';
import type { SiteKind } from '../../shared/site';
import { summarizePost } from './post-summary';
import { decodeForSummary } from './utf8';

/** A post's summary from its bytes; a file that is not UTF-8 gets a problem saying so. */
export function summarizeBytes(relPath: string, bytes: Uint8Array, kind: SiteKind): PostSummary {
  const { text, problem } = decodeForSummary(bytes);
  const summary = summarizePost(relPath, text, kind);
  return problem ? { ...summary, problems: [problem, ...summary.problems] } : summary;
}
