/** Inline styles of the HTML review: readable on screen, printable on A4 or Letter, nothing fetched. */
export const REVIEW_STYLES = `body { font: 11pt/1.4 Georgia, "Times New Roman", serif; color: #111; margin: 2em auto; max-width: 60em; padding: 0 1em; }
h1 { font-size: 1.6em; margin-bottom: 0.2em; }
h2 { font-size: 1.3em; border-bottom: 1px solid #999; padding-bottom: 0.1em; margin-top: 1.6em; }
h3 { font-size: 1.1em; margin-top: 1.2em; }
h4 { font-size: 1em; margin: 0 0 0.4em; }
code { font: 0.85em/1.2 "DejaVu Sans Mono", Menlo, Consolas, monospace; word-break: break-all; }
table { border-collapse: collapse; width: 100%; margin: 0.4em 0 0.8em; font-size: 0.9em; }
th, td { border: 1px solid #bbb; padding: 0.25em 0.4em; text-align: left; vertical-align: top; }
th { background: #eee; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.1em 1em; margin: 0.4em 0; }
dl.facts dt { font-weight: bold; }
dl.facts dd { margin: 0; }
.alert { border: 3px solid #b00; background: #fde8e8; color: #600; padding: 0.6em 1em; margin: 1em 0; }
.alert h2 { color: #b00; border: 0; margin-top: 0; }
.seal { border: 2px solid #036; background: #eef4fa; padding: 0.6em 1em; margin: 1em 0; }
.seal h2 { border: 0; margin-top: 0; }
.unconfirmed { display: inline-block; border: 2px solid #b60; color: #b60; font-weight: bold; font-size: 0.8em; padding: 0 0.3em; letter-spacing: 0.05em; }
.confirmed { color: #060; }
.unconfirmed-row td { background: #fff6e5; }
.version { border: 1px solid #ccc; padding: 0.6em 0.8em; margin: 0.8em 0; break-inside: avoid; }
.unconfirmed-version { border: 2px dashed #b60; }
.withdrawn { display: inline-block; border: 2px solid #555; color: #555; font-weight: bold; font-size: 0.8em; padding: 0 0.3em; letter-spacing: 0.05em; }
.withdrawn-version { border: 2px dashed #777; background: #f4f4f4; }
.internal { display: inline-block; border: 2px solid #036; color: #036; font-weight: bold; font-size: 0.8em; padding: 0 0.3em; letter-spacing: 0.05em; }
.detached-row td { color: #666; background: #f4f4f4; }
.kind { font-weight: normal; color: #555; }
.notice { color: #555; font-style: italic; }
.verified { color: #060; font-weight: bold; }
.failed, .integrity-altered, .integrity-missing { color: #b00; font-weight: bold; }
.digest { font-size: 1em; }
footer { margin-top: 2em; border-top: 1px solid #999; font-size: 0.85em; }
@media print {
  body { margin: 0; max-width: none; font-size: 10pt; }
  .licence { break-before: page; }
  .alert, .seal { break-inside: avoid; }
  thead { display: table-header-group; }
  tr { break-inside: avoid; }
}
`;

/** The exact text of the review's `<style>` element: a Content-Security-Policy allows it, and only it, by its hash. */
export const REVIEW_STYLE_ELEMENT_TEXT = `\n${REVIEW_STYLES}`;
