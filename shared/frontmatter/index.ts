/**
 * Lossless front matter, usable in the renderer and the main process (no Node, no gray-matter).
 *
 * Reading:
 * - `splitPost(text)` → `{ hasBom, eol, block, bodyStart }`: where the block is, without parsing.
 * - `readFrontMatter(text, { yamlVersion })` → `{ format, data, problems, duplicates, raw, editable, split }`;
 *   values are plain, dates are `FrontMatterDate` `{ kind: 'date', text, iso, offset }`, problems carry
 *   1-based lines and columns in the whole file.
 * - `parseFlowValue(text, yamlVersion)`: a value typed as YAML flow text (the CLI's VALUE).
 * - `scanFields(text, block, wanted)`: a fast read of a few fields of a simple YAML block (the post
 *   list's), or null when only `readFrontMatter` can be sure.
 *
 * Editing (each returns the new text, the same string when nothing changes, and throws
 * `FrontMatterEditError` rather than touch a block it cannot parse):
 * - `setField(text, key, value, { yamlVersion })`, `removeField(text, key, { yamlVersion })`.
 * - `dateValue(parts, previous)` / `formatDate(parts, previous)`: a changed date in the style of the old one.
 * - `fieldLines(text, key, yamlVersion)`: the 1-based lines a field occupies.
 *
 * Site semantics: `yamlVersionFor(kind)`, `isDraft(kind, path, data)`, `postTaxonomy(kind, path, data)`,
 * `jekyllTaxonomy(path, data)` (Jekyll's exact tag and category rules).
 */
export { splitPost, type FrontMatterBlock, type FrontMatterFormat, type SplitPost } from './split';
export { readFrontMatter, type FrontMatterRead, type ReadOptions } from './read';
export { scanFields } from './summary-scan';
export { setField, removeField } from './edit';
export { FrontMatterEditError } from './edit-error';
export { parseFlowValue } from './flow-value';
export { dateValue, formatDate, parseDateText, type DateParts } from './dates';
export { isFrontMatterDate, sameValue, type FrontMatterData, type FrontMatterDate, type FrontMatterValue } from './value';
export { isDraft, postTaxonomy, yamlVersionFor, type PostTaxonomy } from './site-semantics';
export { jekyllTaxonomy, categoriesFromPath, type JekyllTaxonomy } from './jekyll-taxonomy';
export type { YamlVersion } from './yaml-read';
export { fieldLines } from './field-lines';
