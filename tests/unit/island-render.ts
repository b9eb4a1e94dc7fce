// The islands' path for the one card: Preact drawing ServiceCard into a browser document (a
// happy-dom window), as the search results, the map and the shortlist do. Returns the HTML the
// browser would hold.
import { h, render } from 'preact';
import { Window } from 'happy-dom';
import ServiceCard, { type ServiceCardProps } from '../../src/ui/components/ServiceCard.tsx';

export function islandHtml(props: ServiceCardProps): string {
  const window = new Window();
  const root = window.document.createElement('ol');
  const globals = globalThis as unknown as { document?: unknown };
  const before = globals.document;
  globals.document = window.document;
  try {
    render(h(ServiceCard, props), root);
    return root.innerHTML;
  } finally {
    globals.document = before;
    window.close();
  }
}
