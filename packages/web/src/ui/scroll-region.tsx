import type { ReactNode } from 'react';

/**
 * A box that scrolls (a wide table, a long list), reachable by the keyboard so that its content can be
 * scrolled without a mouse (axe: scrollable-region-focusable); its label says what it holds.
 */
export function ScrollRegion({
  label,
  className,
  children,
}: {
  label: string;
  className: string;
  children: ReactNode;
}) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be focusable to scroll it from the keyboard
    <section className={className} aria-label={label} tabIndex={0}>
      {children}
    </section>
  );
}
