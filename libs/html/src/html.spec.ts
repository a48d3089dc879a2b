import { escapeHtml, Html, html } from './html';

describe('html', () => {
  it('escapes every interpolated string, in content and in quoted attributes', () => {
    const name = `<script>alert("x")</script> & 'friends'`;
    expect(html`<a title="${name}">${name}</a>`.markup).toBe(
      '<a title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;friends&#39;">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;friends&#39;</a>',
    );
  });

  it('keeps markup already built with html, joins arrays, and drops null and undefined', () => {
    const items = ['a<b', 'c'].map((item) => html`<li>${item}</li>`);
    expect(html`<ul>${items}</ul>${null}${undefined}${new Html('<hr>')}`.markup).toBe('<ul><li>a&lt;b</li><li>c</li></ul><hr>');
  });

  it('escapes a bare string the same way', () => {
    expect(escapeHtml('"1 < 2"')).toBe('&quot;1 &lt; 2&quot;');
  });
});
