/** Turns a post title into the slug engines use in file names and URLs. */

/** Lower-case ASCII words joined by `-`; accents are folded, everything else dropped. */
export function slugify(title: string, maxLength = 60): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const cut = slug.length > maxLength ? slug.slice(0, maxLength).replace(/-[^-]*$/, '') || slug.slice(0, maxLength) : slug;
  return cut || 'untitled';
}
