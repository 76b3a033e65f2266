/**
 * The page's description for search engines and link previews (React 19 hoists `<meta>` into the
 * head), so a shared portal link says what it opens. Kept short, as previews cut long ones.
 */
export function PortalMeta({ description }: { description: string }) {
  const text = description.replace(/\s+/g, ' ').trim();
  const short = text.length > 200 ? `${text.slice(0, 197)}…` : text;
  return (
    <>
      <meta name="description" content={short} />
      <meta property="og:description" content={short} />
    </>
  );
}
