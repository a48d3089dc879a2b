const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe for HTML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ENTITIES[character]);
}

/** Marks strings that are already HTML, so that `html` does not escape them twice. */
export class Html {
  constructor(readonly markup: string) {}
  toString(): string {
    return this.markup;
  }
}

type Interpolated = Html | string | number | null | undefined | readonly Interpolated[];

/**
 * A template tag that escapes every interpolated value unless it is already `Html`: the only way the renderer
 * builds markup, so no dynamic string can reach the page unescaped. Arrays are joined; null and undefined vanish.
 */
export function html(strings: TemplateStringsArray, ...values: Interpolated[]): Html {
  let markup = strings[0];
  values.forEach((value, index) => {
    markup += render(value) + strings[index + 1];
  });
  return new Html(markup);
}

function render(value: Interpolated): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Html) return value.markup;
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(String(value));
}
