// Follows a recognition case live on its page (/university/cases/{id}): the page's status line (#case-live, an
// aria-live region) listens to the case's server-sent events and shows each new status in the page's own words
// (data-labels). Without this script, or without EventSource, the page shows the status it was rendered with and a
// refresh link. Plain JavaScript, no build step.
(function () {
    "use strict";
    var region = document.getElementById("case-live");
    if (!region || typeof window.EventSource !== "function" || region.getAttribute("data-final") === "true") {
        return;
    }

    var labels = JSON.parse(region.getAttribute("data-labels") || "{}");
    var statusLine = region.querySelector("[data-live-status]");
    var changed = region.querySelector("[data-live-changed]");
    var shownVersion = Number(region.getAttribute("data-version"));
    var source = new EventSource(region.getAttribute("data-events"));

    function words(update) {
        var text = (labels.status && labels.status[update.status]) || update.status;
        if (update.outcome) {
            text += " · " + ((labels.outcome && labels.outcome[update.outcome]) || update.outcome);
        }
        return text;
    }

    source.addEventListener("status", function (event) {
        var update = JSON.parse(event.data);
        if (statusLine) {
            statusLine.textContent = words(update);
        }
        // The rest of the page (journal, decision, forms) is as it was rendered: offer the newer page.
        if (changed && update.version !== shownVersion) {
            changed.hidden = false;
        }
        region.setAttribute("data-version", String(update.version));
        if (update.final) {
            region.setAttribute("data-final", "true");
            source.close();
        }
    });
}());
