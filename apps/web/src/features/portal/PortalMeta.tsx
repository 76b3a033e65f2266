import { useEffect } from 'react';

/** The `<meta>` of the page's head with this name or property, created when index.html has none. */
function metaTag(attribute: 'name' | 'property', key: string): HTMLMetaElement {
  let tag = document.head.querySelector<HTMLMetaElement>(`meta[${attribute}="${key}"]`);
  if (!tag) {
    tag = document.createElement('meta');
    tag.setAttribute(attribute, key);
    document.head.append(tag);
  }
  return tag;
}

/**
 * The page's description for search engines and link previews, so a shared portal link says what
 * it opens. It replaces index.html's generic one (one description per page) and puts it back when
 * the page is left. Kept short, as previews cut long ones.
 */
export function PortalMeta({ description }: { description: string }) {
  const text = description.replace(/\s+/g, ' ').trim();
  const short = text.length > 200 ? `${text.slice(0, 197)}…` : text;
  useEffect(() => {
    const tags = [metaTag('name', 'description'), metaTag('property', 'og:description')];
    const before = tags.map((tag) => tag.content);
    for (const tag of tags) tag.content = short;
    return () => {
      tags.forEach((tag, i) => {
        tag.content = before[i] ?? '';
      });
    };
  }, [short]);
  return null;
}
