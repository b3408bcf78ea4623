import { markdown, markdownLanguage } from '@codemirror/lang-markdown';
import { languages } from '@codemirror/language-data';
import type { Extension } from '@codemirror/state';
import { frontMatter } from './front-matter';

/**
 * Markdown with GFM, the post's front matter, and code fences highlighted in their own language
 * (loaded on demand by @codemirror/language-data). Includes lang-markdown's keymap: Enter continues
 * lists and quotes, Backspace removes their markup.
 */
export function markdownLanguageSupport(): Extension {
  return markdown({ base: markdownLanguage, codeLanguages: languages, extensions: [frontMatter()] });
}
