/** The blog engines Postdesk knows, and where each keeps its posts. */
export type SiteKind = 'jekyll' | 'hugo' | 'astro' | 'eleventy' | 'hexo' | 'plain';

export interface WorkspaceInfo {
  /** Absolute path of the workspace folder, for display only. */
  root: string;
  name: string;
  kind: SiteKind;
  /** URL prefix under which the renderer may load workspace files (images). */
  assetBase: string;
  /** Layout names a post may choose (Jekyll's `_layouts/` files without extension), sorted. */
  layouts: string[];
}
