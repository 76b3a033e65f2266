import { useTranslation } from 'react-i18next';

/** React 19 hoists `<title>` into the document head. */
export function PageTitle({ title }: { title?: string }) {
  const { t } = useTranslation();
  const product = t('app.name');
  return <title>{title ? `${title} · ${product}` : `${product} — ${t('app.tagline')}`}</title>;
}
