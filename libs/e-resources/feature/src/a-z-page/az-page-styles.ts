import { createHash } from 'node:crypto';

/*
 * The page's only stylesheet, inline so that nothing is fetched. Colours meet WCAG 2.1 AA on white (the lightest
 * text, #595959, is 7:1); every state colour shows is also said in text or shape: the current letter is boxed and
 * bold, empty letters are not links, badges are words, focus is a thick outline.
 */
export const AZ_PAGE_STYLES = `
body { font: 1rem/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; color: #1b1b1b; background: #fff; margin: 0; }
a { color: #0b4f9c; }
a:visited { color: #5a2d82; }
a:focus-visible, button:focus-visible, input:focus-visible, select:focus-visible, main:focus-visible { outline: 3px solid #1b1b1b; outline-offset: 2px; box-shadow: 0 0 0 5px #ffd54f; }
.skip { position: absolute; left: -10000px; top: 0; }
.skip:focus { left: 1rem; top: 1rem; z-index: 1; background: #fff; padding: 0.5rem 1rem; border: 2px solid #1b1b1b; }
.vh { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
header, main, footer { max-width: 60rem; margin: 0 auto; padding: 0 1rem; }
header { border-bottom: 1px solid #767676; padding-bottom: 0.5rem; }
.site { font-weight: bold; margin: 0.75rem 0 0.5rem; }
.letters { list-style: none; display: flex; flex-wrap: wrap; gap: 0.25rem; margin: 0; padding: 0; }
.letters a, .letters .empty { display: inline-block; min-width: 2.25rem; padding: 0.25rem 0; text-align: center; border: 1px solid transparent; }
.letters a { font-weight: bold; }
.letters .empty { color: #595959; }
.letters a[aria-current] { background: #0b4f9c; color: #fff; border: 2px solid #1b1b1b; text-decoration: none; }
h1 { font-size: 1.75rem; margin: 1rem 0 0.5rem; }
h2 { font-size: 1.3rem; margin: 1.5rem 0 0.5rem; }
h3 { font-size: 1.15rem; margin: 0 0 0.25rem; }
.notice { border-left: 4px solid #1b1b1b; padding: 0.25rem 0.75rem; background: #f3f3f3; }
form { display: flex; flex-wrap: wrap; gap: 0.75rem 1.5rem; align-items: flex-end; border: 1px solid #767676; padding: 0.75rem 1rem; }
.field { display: flex; flex-direction: column; }
label, legend { font-weight: bold; }
input[type="search"], select { font: inherit; padding: 0.3rem; border: 1px solid #1b1b1b; min-width: 12rem; }
fieldset { border: 0; margin: 0; padding: 0; }
fieldset label { font-weight: normal; margin: 0 1rem 0 0.3rem; }
button { font: inherit; font-weight: bold; padding: 0.35rem 1.25rem; color: #fff; background: #0b4f9c; border: 2px solid #0b4f9c; cursor: pointer; }
.results { list-style: none; padding: 0; margin: 0; }
.entry { border-top: 1px solid #767676; padding: 1rem 0; }
.badge { display: inline-block; border: 2px solid currentColor; font-size: 0.85rem; font-weight: bold; padding: 0 0.4rem; margin-right: 0.5rem; }
.badge-new { color: #1e6b30; }
.badge-trial { color: #8a4b00; }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.1rem 1rem; margin: 0.5rem 0 0; }
.facts dt { font-weight: bold; }
.facts dd { margin: 0; }
.facts ul { margin: 0; padding-left: 1.1rem; }
.pages ul { list-style: none; display: flex; gap: 1.5rem; margin: 1.5rem 0; padding: 0; }
footer { border-top: 1px solid #767676; margin-top: 2rem; padding-bottom: 1rem; font-size: 0.9rem; }
`;

/** The `style-src` source that allows exactly this stylesheet and nothing else (CSP Level 2 hash of the element's text). */
export const AZ_PAGE_STYLE_HASH = `sha256-${createHash('sha256').update(AZ_PAGE_STYLES, 'utf8').digest('base64')}`;
