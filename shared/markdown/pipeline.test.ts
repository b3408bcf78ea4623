import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { createMarkdown, type PipelineOptions } from './pipeline';

/** Renders like the preview (before sanitizing) and parses the result to query it. */
function render(markdown: string, options: PipelineOptions = {}, env = {}): DocumentFragment {
  return JSDOM.fragment(createMarkdown(options).render(markdown, env));
}

function all(fragment: DocumentFragment, selector: string): Element[] {
  return [...fragment.querySelectorAll(selector)];
}

describe('GFM built-ins', () => {
  it('renders tables with header and body cells', () => {
    const doc = render('| a | b |\n|---|--:|\n| 1 | 2 |\n');
    expect(all(doc, 'th').map((th) => th.textContent)).toEqual(['a', 'b']);
    expect(all(doc, 'tbody td').map((td) => td.textContent)).toEqual(['1', '2']);
    expect(doc.querySelector('tbody td:last-child')?.getAttribute('style')).toContain('right');
  });

  it('renders ~~strikethrough~~', () => {
    expect(render('a ~~gone~~ b').querySelector('s')?.textContent).toBe('gone');
  });
});

describe('task lists', () => {
  it('turns [ ] and [x] items into read-only check boxes without an <input>', () => {
    const doc = render('- [ ] todo\n- [x] done\n- plain [ ] item\n');
    const boxes = all(doc, '.task-list-item-checkbox');
    expect(boxes.map((box) => box.getAttribute('aria-checked'))).toEqual(['false', 'true']);
    expect(boxes.every((box) => box.getAttribute('role') === 'checkbox')).toBe(true);
    expect(all(doc, 'li.task-list-item').map((li) => li.textContent?.trim())).toEqual(['todo', 'done']);
    expect(doc.querySelector('ul')?.classList.contains('contains-task-list')).toBe(true);
    expect(doc.querySelector('input')).toBeNull();
  });

  it('leaves brackets alone outside list items and without a following space', () => {
    const doc = render('[ ] not a task\n\n- [x]done\n');
    expect(doc.querySelector('.task-list-item-checkbox')).toBeNull();
    expect(doc.textContent).toContain('[x]done');
  });
});

describe('footnotes', () => {
  it('links a reference to its note and back', () => {
    const doc = render('Claim[^src].\n\n[^src]: The source.\n');
    const ref = doc.querySelector('sup.footnote-ref a');
    const note = doc.querySelector(`section.footnotes li${ref?.getAttribute('href')}`);
    expect(note?.textContent).toContain('The source.');
    expect(note?.querySelector('a.footnote-backref')?.getAttribute('href')).toBe(`#${ref?.id}`);
  });
});

describe('heading anchors', () => {
  it('gives headings GitHub-style slugs, unique within the post', () => {
    const doc = render('# Hello, World!\n\n## Hello World\n\n## Ünïcode `code` 2\n\n## ???\n');
    expect(all(doc, 'h1, h2').map((h) => h.id)).toEqual(['hello-world', 'hello-world-1', 'ünïcode-code-2', 'section']);
    expect(doc.querySelector('h1')?.hasAttribute('tabindex')).toBe(false);
  });
});

describe('highlighted code', () => {
  it('highlights a fenced block in a registered language', () => {
    const pre = render('```js\nconst a = 1;\n```\n').querySelector('pre.hljs');
    expect(pre?.querySelector('code.language-js .hljs-keyword')?.textContent).toBe('const');
  });

  it('escapes code in an unknown or missing language without highlighting it', () => {
    const doc = render('```klingon\n<b>qapla</b>\n```\n\n```\n<i>x</i>\n```\n');
    expect(all(doc, 'pre code').map((code) => code.textContent)).toEqual(['<b>qapla</b>\n', '<i>x</i>\n']);
    expect(doc.querySelector('pre b, pre i, .hljs-keyword')).toBeNull();
  });
});

describe('source lines', () => {
  const source = '# Title\n\nParagraph\nstill it\n\n- one\n- two\n\n```\ncode\n```\n\n> quote\n';

  it('marks block elements with the 0-based line they start on', () => {
    const doc = render(source);
    const lines = (selector: string) => all(doc, selector).map((el) => el.getAttribute('data-source-line'));
    expect(lines('h1')).toEqual(['0']);
    expect(lines('p')).toEqual(['2', '12']);
    expect(lines('li')).toEqual(['5', '6']);
    expect(lines('pre')).toEqual(['8']);
    expect(lines('blockquote')).toEqual(['12']);
  });

  it('adds the lineOffset passed in the render env (front matter above the body)', () => {
    const doc = render(source, {}, { lineOffset: 4 });
    expect(doc.querySelector('h1')?.getAttribute('data-source-line')).toBe('4');
    expect(doc.querySelector('pre')?.getAttribute('data-source-line')).toBe('12');
  });
});

describe('Liquid and Hugo placeholders', () => {
  it('shows inline tags and output as labelled spans', () => {
    const doc = render('See {% include note.html kind="tip" %} by {{ page.author | upcase }} and {{< ref "other.md" >}}.');
    expect(all(doc, 'span.pd-liquid, span.pd-shortcode').map((s) => [s.className, s.getAttribute('title'), s.textContent])).toEqual([
      ['pd-liquid', 'Liquid tag: include', '{% include note.html kind="tip" %}'],
      ['pd-liquid', 'Liquid output', '{{ page.author | upcase }}'],
      ['pd-shortcode', 'Hugo shortcode: ref', '{{< ref "other.md" >}}'],
    ]);
  });

  it('shows a tag alone on its line as a block placeholder with its source line', () => {
    const doc = render('Intro\n\n{% include footer.html %}\n\n{{% notice warning %}}\nBody *text*\n{{% /notice %}}\n');
    const blocks = all(doc, 'div.pd-placeholder');
    expect(blocks.map((b) => [b.textContent, b.getAttribute('data-source-line')])).toEqual([
      ['{% include footer.html %}', '2'],
      ['{{% notice warning %}}', '4'],
      ['{{% /notice %}}', '6'],
    ]);
    expect(doc.querySelector('em')?.textContent).toBe('text');
  });

  it('lets a lone tag end a paragraph, but keeps lone Liquid output in it as text does', () => {
    const doc = render('Some text\n{% include figure.html %}\nMore text\n{{ page.description }}\n');
    expect(doc.querySelector('div.pd-placeholder')?.textContent).toBe('{% include figure.html %}');
    expect(all(doc, 'p').map((p) => p.textContent)).toEqual(['Some text', 'More text\n{{ page.description }}']);
    expect(doc.querySelector('p > span.pd-liquid')?.textContent).toBe('{{ page.description }}');
  });

  it('leaves template syntax literal inside code spans and blocks', () => {
    const doc = render('Use `{{ site.title }}` here.\n\n```liquid\n{% for p in site.posts %}{{ p.title }}{% endfor %}\n```\n\n    {% indented %}\n');
    expect(all(doc, 'code').map((c) => c.textContent)).toEqual(['{{ site.title }}', '{% for p in site.posts %}{{ p.title }}{% endfor %}\n', '{% indented %}\n']);
    expect(doc.querySelector('.pd-liquid')).toBeNull();
  });

  it('does not mistake a lone brace in prose for a tag', () => {
    const doc = render('A set {a, b} and {{ unclosed and {% also');
    expect(doc.querySelector('.pd-liquid')).toBeNull();
    expect(doc.textContent?.trim()).toBe('A set {a, b} and {{ unclosed and {% also');
  });

  it('shows an escaped Hugo shortcode as its literal text', () => {
    const doc = render('Write {{</* figure src="x" */>}} to add a figure.');
    expect(doc.textContent?.trim()).toBe('Write {{< figure src="x" >}} to add a figure.');
    expect(doc.querySelector('.pd-shortcode')).toBeNull();
  });
});

describe('highlight blocks', () => {
  it('renders Jekyll {% highlight lang %} as highlighted code', () => {
    const doc = render('Before\n{% highlight ruby linenos %}\ndef hi\n  "{{ x }}"\nend\n{% endhighlight %}\nAfter\n');
    const code = doc.querySelector('pre.hljs code.language-ruby');
    expect(code?.textContent).toBe('def hi\n  "{{ x }}"\nend\n');
    expect(code?.querySelector('.hljs-keyword')?.textContent).toBe('def');
    expect(doc.querySelector('pre')?.getAttribute('data-source-line')).toBe('1');
    expect(all(doc, 'p').map((p) => p.textContent)).toEqual(['Before', 'After']);
  });

  it('renders Hugo {{< highlight lang >}} as highlighted code', () => {
    const doc = render('{{< highlight go "linenos=table" >}}\nfunc main() {}\n{{< / highlight >}}\n');
    expect(doc.querySelector('pre code.language-go .hljs-keyword')?.textContent).toBe('func');
  });

  it('shows an unclosed highlight tag as a placeholder and keeps what follows', () => {
    const doc = render('{% highlight ruby %}\nputs 1\n');
    expect(doc.querySelector('div.pd-placeholder')?.textContent).toBe('{% highlight ruby %}');
    expect(doc.querySelector('p')?.textContent).toBe('puts 1');
  });

  it('works inside a blockquote', () => {
    const doc = render('> {% highlight js %}\n> let a;\n> {% endhighlight %}\n');
    expect(doc.querySelector('blockquote pre code')?.textContent).toBe('let a;\n');
  });
});

describe('{% raw %}', () => {
  it('shows inline raw content literally', () => {
    const doc = render('Write {% raw %}{{ page.title }} and {% if x %}{% endraw %} in templates.');
    expect(doc.textContent?.trim()).toBe('Write {{ page.title }} and {% if x %} in templates.');
    expect(doc.querySelector('.pd-liquid')).toBeNull();
  });

  it('still renders Markdown inside inline raw, as Jekyll does, and resumes placeholders after it', () => {
    const doc = render('Stop overriding {% raw %}`{{ site.url }}` *now*{% endraw %} with {{ site.url }}.');
    expect(doc.querySelector('code')?.textContent).toBe('{{ site.url }}');
    expect(doc.querySelector('em')?.textContent).toBe('now');
    expect(all(doc, '.pd-liquid').map((el) => el.textContent)).toEqual(['{{ site.url }}']);
    expect(doc.textContent).not.toContain('raw');
  });

  it('renders a raw block as Markdown whose template syntax stays text', () => {
    const doc = render('{% raw %}\n## {{ page.title }}\n\n- {% include x.html %}\n\n{% include y.html %}\n{% endraw %}\n\n{{ after }}\n');
    expect(doc.querySelector('h2')?.textContent).toBe('{{ page.title }}');
    expect(doc.querySelector('li')?.textContent).toBe('{% include x.html %}');
    expect(doc.querySelector('p')?.textContent).toBe('{% include y.html %}');
    expect(all(doc, '.pd-liquid').map((el) => el.textContent)).toEqual(['{{ after }}']);
  });
});

describe('URL resolution', () => {
  const options = { assetBase: 'postdesk-asset://workspace/', documentDir: 'content/posts' };

  it('resolves relative, site-absolute and raw-HTML image and link URLs against the workspace', () => {
    const doc = render('![a](cat.png) ![b](/assets/b.png) [c](../../about.md#team) <img src="img/d.png" alt="d">', options);
    expect(all(doc, 'img').map((img) => img.getAttribute('src'))).toEqual([
      'postdesk-asset://workspace/content/posts/cat.png',
      'postdesk-asset://workspace/assets/b.png',
      'postdesk-asset://workspace/content/posts/img/d.png',
    ]);
    expect(doc.querySelector('a')?.getAttribute('href')).toBe('postdesk-asset://workspace/about.md#team');
  });

  it('leaves absolute, protocol-relative and fragment URLs alone', () => {
    const doc = render('[a](https://example.com/x.png) [b](mailto:me@example.com) [c](#top) ![d](//cdn.example.com/d.png)', options);
    expect(all(doc, 'a').map((a) => a.getAttribute('href'))).toEqual(['https://example.com/x.png', 'mailto:me@example.com', '#top']);
    expect(doc.querySelector('img')?.getAttribute('src')).toBe('//cdn.example.com/d.png');
  });

  it('leaves URLs as written when no asset base is given', () => {
    expect(render('![a](cat.png)').querySelector('img')?.getAttribute('src')).toBe('cat.png');
  });
});
