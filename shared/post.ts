/** What the index knows of one post without opening it in the editor. */

/** Identifies one state of a file on disk; a save is refused when the disk no longer matches it. */
export interface FileVersion {
  size: number;
  mtimeMs: number;
  /** SHA-256 of the bytes, hex. */
  hash: string;
}

/** A problem found in a post, with a 1-based line (and column where known) in the whole file. */
export interface Problem {
  line: number;
  column?: number;
  message: string;
  severity: 'error' | 'warning';
}

export interface PostSummary {
  /** Path relative to the workspace root, always with `/` separators. */
  path: string;
  title: string;
  /** The date exactly as written in the front matter (or the filename), or null. */
  date: string | null;
  draft: boolean;
  tags: string[];
  categories: string[];
  wordCount: number;
  problems: Problem[];
}

/** A post opened for editing: its exact text and the version it was read at. */
export interface PostFile {
  path: string;
  text: string;
  version: FileVersion;
}

/** A post created by Postdesk, ready to open. */
export interface CreatedPost extends PostFile {
  summary: PostSummary;
}

/** What changed on disk, as the watcher reports it (the index has already followed). */
export type PostChange =
  | { type: 'added'; path: string; summary: PostSummary; version: FileVersion }
  | { type: 'changed'; path: string; summary: PostSummary; version: FileVersion }
  | { type: 'removed'; path: string }
  | { type: 'renamed'; from: string; to: string; summary: PostSummary; version: FileVersion };

/** Unsaved text kept beside the post (not in it) so a crash loses nothing. */
export interface RecoveryEntry {
  /** Workspace-relative path of the post. */
  path: string;
  /** The unsaved text. */
  text: string;
  /** The disk version the edits started from; null for a post never saved. */
  base: FileVersion | null;
  /** When the text was journaled (ms since the epoch). */
  savedAt: number;
}

/** An unsaved edit from an earlier session, with the file as it is on disk now. */
export interface RecoverableEdit extends RecoveryEntry {
  /** The current disk version, or null when the file is gone. */
  disk: FileVersion | null;
  /** Whether the file changed on disk since the edits began: restoring them then needs a look. */
  diskChanged: boolean;
}
