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
