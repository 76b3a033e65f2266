import { lazy, Suspense, useState } from 'react';
import { LanguageButton, type LanguageButtonVariant } from './LanguageButton';

// The menu (and the floating-element library under it) is not part of the first load of a page
// (bench/src/first-load.ts): the button shows at once, the menu follows when the page is idle.
const loadMenu = () => import('./LanguageMenu');
const LanguageMenu = lazy(async () => ({ default: (await loadMenu()).LanguageMenu }));

/** The language switcher of both shells; a click before the menu has loaded opens it once it has. */
export function LanguageSwitcher({ variant = 'subtle' }: { variant?: LanguageButtonVariant }) {
  const [openOnLoad, setOpenOnLoad] = useState(false);
  return (
    <Suspense
      fallback={<LanguageButton variant={variant} loading={openOnLoad} onClick={() => setOpenOnLoad(true)} />}
    >
      <LanguageMenu variant={variant} defaultOpened={openOnLoad} />
    </Suspense>
  );
}
