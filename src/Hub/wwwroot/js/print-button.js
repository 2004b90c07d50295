// A print button for pages printed on paper (the commission protocol). Without script the button stays hidden and
// the browser's own Print command does the same; print.css shapes the page either way.
for (const button of document.querySelectorAll("button[data-print]")) {
    button.hidden = false;
    button.addEventListener("click", () => window.print());
}
