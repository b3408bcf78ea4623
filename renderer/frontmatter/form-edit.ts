/**
 * Form edits as new editor text: each goes through the lossless `setField`/`removeField`, so only
 * the edited field's lines change. A refused edit comes back as a message, never as a thrown error.
 */
import { FrontMatterEditError, removeField, setField, type FrontMatterValue, type YamlVersion } from '../../shared/frontmatter';
import type { DraftState } from './form-model';

export type EditResult = { ok: true; text: string } | { ok: false; message: string };

/** Sets `key` to `value`, or removes it when `value` is undefined. */
export function editField(text: string, key: string, value: FrontMatterValue | undefined, yamlVersion: YamlVersion): EditResult {
  try {
    return { ok: true, text: value === undefined ? removeField(text, key, { yamlVersion }) : setField(text, key, value, { yamlVersion }) };
  } catch (error) {
    if (error instanceof FrontMatterEditError) return { ok: false, message: error.message };
    throw error;
  }
}

/**
 * Marks the post as a draft or not in the site's convention: `published: false` (removed again when
 * published, absence meaning published) or `draft: true/false`. A `_drafts/` post is published by
 * moving the file, which is not a text edit.
 */
export function editDraft(text: string, state: DraftState, draft: boolean, yamlVersion: YamlVersion): EditResult {
  if (state.mode === 'folder') return { ok: false, message: 'a post in _drafts/ is published by moving it to _posts/' };
  if (state.mode === 'published') return editField(text, 'published', draft ? false : undefined, yamlVersion);
  return editField(text, 'draft', draft, yamlVersion);
}

/** Optional text fields are removed when emptied rather than left as `key: ''`. */
export function textValue(value: string, optional: boolean): FrontMatterValue | undefined {
  return optional && value.trim() === '' ? undefined : value;
}
