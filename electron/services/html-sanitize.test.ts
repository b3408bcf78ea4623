import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { createMarkdown } from '../../shared/markdown/pipeline';
import { nodeSanitizer } from './html-sanitize';

const sanitizeHtml = await nodeSanitizer();

const FORBIDDEN_TAGS = ['script', 'iframe', 'frame', 'object', 'embed', 'form', 'input', 'button', 'textarea', 'select', 'base', 'meta', 'link', 'style'];
const URL_ATTRS = ['href', 'src', 'xlink:href', 'action', 'formaction', 'poster', 'data', 'background', 'srcset'];

/**
 * Everything in `html` that could run code, frame, submit or navigate by itself, judged on the
 * parsed DOM (as a browser would see it) independently of the sanitizer's own configuration.
 */
function dangers(html: string): string[] {
  const found: string[] = [];
  const fragment = JSDOM.fragment(html);
  for (const element of fragment.querySelectorAll('*')) {
    const tag = element.localName;
    if (FORBIDDEN_TAGS.includes(tag)) found.push(`<${tag}>`);
    for (const { name, value } of element.attributes) {
      const url = value.replace(/[\s\p{Cc}]/gu, '').toLowerCase();
      if (name.startsWith('on')) found.push(`${tag}[${name}]`);
      if (name === 'srcdoc' || name === 'formaction') found.push(`${tag}[${name}]`);
      const scriptUrl = /^(javascript|vbscript):/.test(url) || (url.startsWith('data:') && !(tag === 'img' && name === 'src' && url.startsWith('data:image/')));
      if (URL_ATTRS.includes(name) && scriptUrl) found.push(`${tag}[${name}=${url.slice(0, 20)}]`);
    }
  }
  return found;
}

const PAYLOADS: [string, string][] = [
  ['script element', '<p>hi</p><script>alert(1)</script>'],
  ['img onerror', '<img src="x" onerror="alert(1)">'],
  ['javascript: link', '<a href="javascript:alert(1)">click</a>'],
  ['obfuscated javascript: link', '<a href=" JaVa&#x09;ScRiPt:alert(1)">click</a>'],
  ['vbscript: link', '<a href="vbscript:msgbox(1)">click</a>'],
  ['svg onload', '<svg onload="alert(1)"><circle r="1"></circle></svg>'],
  ['svg javascript: xlink', '<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>'],
  ['iframe', '<iframe src="https://evil.example/"></iframe>'],
  ['iframe srcdoc', '<iframe srcdoc="<script>alert(1)</script>"></iframe>'],
  ['form with controls', '<form action="https://evil.example/"><input name="q"><button formaction="javascript:alert(1)">go</button></form>'],
  ['math mXSS', '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>'],
  ['math javascript: href', '<math><mi xlink:href="javascript:alert(1)" href="javascript:alert(1)">x</mi></math>'],
  ['data: URL in a link', '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>'],
  ['data: HTML as an image', '<img src="data:text/html,<script>alert(1)</script>">'],
  ['data: URL in a media source', '<video><source src="data:video/mp4;base64,AAAA"></video>'],
  ['object', '<object data="javascript:alert(1)"></object>'],
  ['embed', '<embed src="https://evil.example/x.swf">'],
  ['meta refresh', '<meta http-equiv="refresh" content="0;url=https://evil.example/">'],
  ['base href', '<base href="https://evil.example/">'],
  ['link stylesheet', '<link rel="stylesheet" href="https://evil.example/x.css">'],
  ['style element', '<style>body { display: none }</style>'],
  ['details ontoggle', '<details open ontoggle="alert(1)"><summary>s</summary></details>'],
  ['video poster javascript:', '<video poster="javascript:alert(1)"></video>'],
];

describe('sanitizeHtml (jsdom DOMPurify, the preview policy)', () => {
  it.each(PAYLOADS)('removes %s', (_name, payload) => {
    expect(dangers(payload)).not.toEqual([]);
    expect(dangers(sanitizeHtml(payload))).toEqual([]);
  });

  it('keeps ordinary raw HTML, images with data:image URLs and allowed link schemes', () => {
    const html = [
      '<figure><img src="data:image/png;base64,iVBORw0KGgo=" alt="dot"><figcaption>Dot</figcaption></figure>',
      '<a href="https://example.com">web</a> <a href="mailto:me@example.com">mail</a>',
      '<a href="postdesk-asset://workspace/a.pdf">asset</a> <a href="../other/">relative</a>',
      '<details><summary>More</summary><kbd>Ctrl</kbd></details>',
    ].join('');
    const out = JSDOM.fragment(sanitizeHtml(html));
    expect(out.querySelector('img')?.getAttribute('src')).toBe('data:image/png;base64,iVBORw0KGgo=');
    expect([...out.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual(['https://example.com', 'mailto:me@example.com', 'postdesk-asset://workspace/a.pdf', '../other/']);
    expect(out.querySelector('details summary')?.textContent).toBe('More');
  });

  it('keeps the classes, ids, roles and source lines the pipeline emits', () => {
    const markdown = '## Images\n\n- [x] done\n\nText[^1] {% include x.html %}\n\n{{< figure >}}\n\n```js\nlet a;\n```\n\n[^1]: Note.\n';
    const out = JSDOM.fragment(sanitizeHtml(createMarkdown().render(markdown)));
    const heading = out.querySelector('h2');
    expect([heading?.id, heading?.getAttribute('data-source-line')]).toEqual(['images', '0']);
    const box = out.querySelector('li.task-list-item > span.task-list-item-checkbox');
    expect([box?.getAttribute('role'), box?.getAttribute('aria-checked')]).toEqual(['checkbox', 'true']);
    expect(out.querySelector('span.pd-liquid')?.getAttribute('title')).toBe('Liquid tag: include');
    expect(out.querySelector('div.pd-placeholder.pd-shortcode')?.getAttribute('data-source-line')).toBe('6');
    expect(out.querySelector('pre.hljs code.language-js span.hljs-keyword')).not.toBeNull();
    expect(out.querySelector(`section.footnotes ${out.querySelector('sup.footnote-ref a')?.getAttribute('href')}`)).not.toBeNull();
  });
});
