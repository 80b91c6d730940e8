// The box a wide table scrolls sideways in. While it actually scrolls (a phone, a long year
// range) it is a named region in the Tab order, so a keyboard reader can scroll it with the
// arrow keys; while everything fits it is a plain box and adds no Tab stop.
import {
  useEffect,
  useRef,
  useState,
  type HTMLAttributes,
  type ReactNode,
  type RefObject,
} from 'react';

interface Props extends Omit<HTMLAttributes<HTMLDivElement>, 'role' | 'tabIndex'> {
  /** What the table is, for the region's name (its caption or panel title). */
  label?: string;
  children: ReactNode;
  [data: `data-${string}`]: unknown;
}

export function TableScroll({ label, className, children, ...rest }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const scrolls = useScrolls(ref);
  return (
    <div
      {...rest}
      ref={ref}
      className={className ? `table-scroll ${className}` : 'table-scroll'}
      tabIndex={scrolls ? 0 : undefined}
      role={scrolls && label ? 'region' : undefined}
      aria-label={scrolls ? label : undefined}
    >
      {children}
    </div>
  );
}

/** Whether the box's content is wider than the box, kept up to date as either resizes. */
function useScrolls(ref: RefObject<HTMLDivElement | null>): boolean {
  const [scrolls, setScrolls] = useState(false);
  useEffect(() => {
    const box = ref.current;
    if (!box) return;
    const measure = () => setScrolls(box.scrollWidth > box.clientWidth + 1);
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(box);
    for (const child of box.children) observer.observe(child);
    return () => observer.disconnect();
  });
  return scrolls;
}
