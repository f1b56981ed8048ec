import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

/** A result's section; its heading takes focus when the result appears, so screen readers start there. */
export function ResultSection({ title, children }: { title: string; children: ComponentChildren }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section class="result" aria-labelledby="result-heading">
      <h2 id="result-heading" ref={heading} tabIndex={-1}>
        {title}
      </h2>
      {children}
    </section>
  );
}
