import { useId, useMemo, useState, type ReactNode } from 'react';
import type { PostSummary } from '../../shared/post';
import type { SiteKind } from '../../shared/site';
import type { FrontMatterValue } from '../../shared/frontmatter';
import { ChipInput } from './ChipInput';
import { DateField } from './DateField';
import { FieldEditor } from './FieldEditor';
import { editDraft, editField, textValue, type EditResult } from './form-edit';
import { formModel, type FormModel } from './form-model';
import type { TermCount } from '../../shared/taxonomy';
import { taxonomyCounts } from '../../shared/taxonomy-counts';
import { RawBlock } from './RawBlock';
import { termValue, type TermField } from './term-field';
import { TextField } from './TextField';
import { minimalChange, type TextChange } from './text-change';
import { validateFrontMatter, type Issue } from './validate-front-matter';
import { AddField } from './AddField';
import './frontmatter.css';

export interface FrontMatterFormProps {
  /** The editor's current text (not a deferred copy): every edit is computed against it. */
  text: string;
  kind: SiteKind;
  /** Workspace-relative path of the post: drafts folder, filename date. */
  path: string;
  /** The site's layout names (`_layouts/` without extensions); empty hides nothing, the select still shows the current one. */
  layouts: readonly string[];
  /** The workspace's posts, for tag and category autocomplete counts (or pass `suggestions`). */
  posts?: readonly PostSummary[] | null;
  suggestions?: { tags: readonly TermCount[]; categories: readonly TermCount[] };
  /** One minimal change to `text` (offsets into it) and the text it yields: dispatch as one transaction. */
  onEdit: (change: TextChange, next: string) => void;
  /** Jekyll `_drafts/` posts: publishing moves the file. */
  onPublish?: () => void;
  onJumpToLine?: (line: number) => void;
}

function IssueNotes({ issues, id }: { issues: Issue[]; id: string }) {
  if (issues.length === 0) return null;
  return (
    <ul className="fm-issues" id={id}>
      {issues.map((issue, i) => (
        <li key={i} className={`fm-note ${issue.severity}`}>
          {issue.message}
        </li>
      ))}
    </ul>
  );
}

/** A labelled row: the control, then the issues found for its field. */
function Row({ label, forField, issues, children, wide }: { label: string; forField: string; issues: Issue[]; children: (describedBy: string | undefined) => ReactNode; wide?: boolean }) {
  const id = useId();
  const mine = issues.filter((issue) => issue.field === forField);
  return (
    <div className={wide ? 'fm-row wide' : 'fm-row'}>
      <span className="fm-label" aria-hidden>
        {label}
      </span>
      <div className="fm-control">
        {children(mine.length > 0 ? id : undefined)}
        <IssueNotes issues={mine} id={id} />
      </div>
    </div>
  );
}

const asText = (value: FrontMatterValue | undefined): string => (value === undefined || value === null ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value));

/**
 * The front-matter form for the open post. The editor's text is the source of truth: the form reads
 * it on every change and answers each edit with one minimal text change made by the lossless editor.
 */
export function FrontMatterForm({ text, kind, path, layouts, posts, suggestions, onEdit, onPublish, onJumpToLine }: FrontMatterFormProps) {
  const model = useMemo(() => formModel(text, kind, path), [text, kind, path]);
  const issues = useMemo(() => validateFrontMatter(model, kind, path), [model, kind, path]);
  const counts = useMemo(() => suggestions ?? taxonomyCounts(posts ?? []), [suggestions, posts]);
  const [showRaw, setShowRaw] = useState(false);
  const [refused, setRefused] = useState<string | null>(null);

  const apply = (result: EditResult) => {
    if (!result.ok) return setRefused(result.message);
    setRefused(null);
    const change = minimalChange(text, result.text);
    if (change) onEdit(change, result.text);
  };
  const set = (key: string) => (value: FrontMatterValue | undefined) => apply(editField(text, key, value, model.yamlVersion));
  const setTerms = (field: TermField) => (chips: string[]) => set(field.key)(termValue(field, chips));
  const blockIssues = issues.filter((issue) => issue.field === null);
  const raw = showRaw || !model.editable;

  return (
    <form className="fm-form" aria-label="Front matter" onSubmit={(e) => e.preventDefault()}>
      <header className="fm-header">
        <h2>Front matter</h2>
        {model.format && <span className="fm-format">{model.format.toUpperCase()}</span>}
        <button type="button" className="fm-toggle" aria-pressed={raw} disabled={!model.editable} onClick={() => setShowRaw(!showRaw)}>
          Raw
        </button>
      </header>
      {!model.editable && (
        <p className="fm-banner error" role="alert">
          {model.format === 'json' ? 'JSON front matter is shown read-only: edit it in the editor.' : 'The front matter cannot be read, so the form is read-only until it is fixed in the editor. The body can still be edited and saved.'}
        </p>
      )}
      {refused && (
        <p className="fm-banner warning" role="alert">
          That change was not made: {refused}.
        </p>
      )}
      <IssueNotes issues={blockIssues.filter(() => model.editable)} id="fm-block-issues" />
      {raw && <RawBlock raw={model.raw} firstLine={model.rawLine} problems={model.problems} format={model.format ?? 'yaml'} onJumpToLine={onJumpToLine} />}
      {/* An unreadable block has no values to show: only its text and problems above. */}
      {(model.editable || Object.keys(model.data).length > 0) && (
      <fieldset className="fm-fields" disabled={!model.editable}>
        <Row label="Title" forField="title" issues={issues} wide>
          {(d) => <TextField label="Title" className="fm-text fm-title" value={asText(model.data.title)} describedBy={d} onChange={(v) => set('title')(v)} />}
        </Row>
        <Row label="Date" forField="date" issues={issues}>
          {(d) => <DateField label="Date" value={model.data.date} describedBy={d} onChange={set('date')} />}
        </Row>
        <Row label="Tags" forField="tags" issues={issues}>
          {(d) => <ChipInput label="Tags" noun="tag" chips={model.tags.chips} terms={counts.tags} describedBy={d} onChange={setTerms(model.tags)} />}
        </Row>
        <Row label="Categories" forField="categories" issues={issues}>
          {(d) => <ChipInput label="Categories" noun="category" chips={model.categories.chips} terms={counts.categories} describedBy={d} onChange={setTerms(model.categories)} />}
        </Row>
        <Row label="Status" forField="draft" issues={issues}>
          {() => <DraftSwitch model={model} onPublish={onPublish} onToggle={(draft) => apply(editDraft(text, model.draft, draft, model.yamlVersion))} />}
        </Row>
        <Row label="Layout" forField="layout" issues={issues}>
          {() => <LayoutSelect value={asText(model.data.layout)} layouts={layouts} onChange={(v) => set('layout')(textValue(v, true))} />}
        </Row>
        <Row label="Description" forField="description" issues={issues} wide>
          {() => <TextField label="Description" multiline value={asText(model.data.description)} onChange={(v) => set('description')(textValue(v, true))} />}
        </Row>
        {(kind === 'jekyll' || Object.hasOwn(model.data, 'excerpt')) && (
          <Row label="Excerpt" forField="excerpt" issues={issues} wide>
            {() => <TextField label="Excerpt" multiline value={asText(model.data.excerpt)} onChange={(v) => set('excerpt')(textValue(v, true))} />}
          </Row>
        )}
        <Row label="Image" forField="image" issues={issues}>
          {() => <TextField label="Image" placeholder="/assets/images/…" value={asText(model.data.image)} onChange={(v) => set('image')(textValue(v, true))} />}
        </Row>
        <Row label="Permalink" forField="permalink" issues={issues}>
          {() => <TextField label="Permalink" placeholder="/:categories/:title/" value={asText(model.data.permalink)} onChange={(v) => set('permalink')(textValue(v, true))} />}
        </Row>
        {model.others.length > 0 && <h3 className="fm-section">Other fields</h3>}
        {model.others.map((field) => (
          <div className="fm-row" key={field.key}>
            <span className="fm-label fm-key" aria-hidden title={field.key}>
              {field.key}
            </span>
            <div className="fm-control fm-other">
              <FieldEditor field={field} text={text} yamlVersion={model.yamlVersion} onChange={set(field.key)} />
              <button type="button" className="fm-remove-field" aria-label={`Remove field ${field.key}`} title={`Remove ${field.key}`} onClick={() => set(field.key)(undefined)}>
                ×
              </button>
            </div>
          </div>
        ))}
        <AddField existing={Object.keys(model.data)} yamlVersion={model.yamlVersion} onAdd={(key, value) => set(key)(value)} />
      </fieldset>
      )}
    </form>
  );
}

function DraftSwitch({ model, onToggle, onPublish }: { model: FormModel; onToggle: (draft: boolean) => void; onPublish?: () => void }) {
  if (model.draft.mode === 'folder') {
    return (
      <div className="fm-draft">
        <label className="fm-check">
          <input type="checkbox" aria-label="Draft" checked disabled={!onPublish} onChange={() => onPublish?.()} />
          Draft (in _drafts)
        </label>
        <span className="fm-hint">Publishing moves the file to _posts/.</span>
        {onPublish && (
          <button type="button" className="fm-button" onClick={onPublish}>
            Publish…
          </button>
        )}
      </div>
    );
  }
  const written = model.draft.mode === 'published' ? 'published: false' : 'draft: true';
  return (
    <label className="fm-check fm-draft">
      <input type="checkbox" aria-label="Draft" checked={model.draft.draft} onChange={(e) => onToggle(e.target.checked)} />
      Draft <span className="fm-hint">({written})</span>
    </label>
  );
}

function LayoutSelect({ value, layouts, onChange }: { value: string; layouts: readonly string[]; onChange: (value: string) => void }) {
  const names = value === '' || layouts.includes(value) ? layouts : [value, ...layouts];
  return (
    <select aria-label="Layout" className="fm-select" value={value} onChange={(e) => onChange(e.target.value)}>
      <option value="">Site default</option>
      {names.map((name) => (
        <option key={name} value={name}>
          {name}
          {layouts.includes(name) ? '' : ' (not in _layouts)'}
        </option>
      ))}
    </select>
  );
}
