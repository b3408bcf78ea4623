import { StreamLanguage } from '@codemirror/language';

/**
 * A small TOML highlighter for Hugo's `+++` front matter: keys, tables, strings, numbers, dates,
 * booleans and comments. Not a validator; the front-matter form reports real TOML errors.
 */
export const tomlLite = StreamLanguage.define<null>({
  name: 'toml',
  startState: () => null,
  token(stream) {
    if (stream.eatSpace()) return null;
    if (stream.match(/^#.*/)) return 'comment';
    if (stream.sol() && stream.match(/^\[\[?[^\]]*\]\]?/)) return 'heading';
    if (stream.match(/^(?:[\w.-]+|"[^"]*"|'[^']*')(?=\s*=)/)) return 'propertyName';
    if (stream.match(/^"(?:[^"\\]|\\.)*"?/) || stream.match(/^'[^']*'?/)) return 'string';
    if (stream.match(/^(?:true|false)\b/)) return 'bool';
    if (stream.match(/^[+-]?\d[\w:.+-]*/)) return 'number';
    if (stream.eat('=')) return 'operator';
    stream.next();
    return null;
  },
});
