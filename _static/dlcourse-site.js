/*
 * The book's own fixes to the theme, loaded on every page (_config.yml: html_js_files).
 *
 * 1. Navigation drawers. The page carries two buttons of class primary-toggle (and two of
 *    secondary-toggle): one in the hidden top bar and one in the article header. The theme binds
 *    only the first of each, so the visible one does nothing below 992 px. A click on any other
 *    toggle is handed to the first, which opens the drawer (or, on wide screens, hides the sidebar).
 * 2. Tables on phones. Each cell gets its column's heading as data-label, so that the stylesheet
 *    (dlcourse-site.css) can show a wide table as one block per row, every cell with its heading.
 * 3. Names for the sidebar's expand buttons (a <summary> holding only an arrow icon), so a screen
 *    reader says which chapter's sections each one shows.
 * 4. The bibliography. docutils gives the list of works role="list" and each work the deprecated
 *    role doc-biblioentry, which a list may not hold; each work becomes a listitem.
 * 5. Search snippets. The search result's summary is read from the page's main region, which
 *    starts with the article's buttons and a print-only contents list; those are left out, and runs
 *    of white space become one.
 */
(function () {
  "use strict";

  function ready(callback) {
    if (document.readyState !== "loading") callback();
    else document.addEventListener("DOMContentLoaded", callback);
  }

  function forwardToggles(selector) {
    const toggles = Array.from(document.querySelectorAll(selector));
    const bound = toggles[0];
    toggles.slice(1).forEach(function (toggle) {
      toggle.addEventListener("click", function (event) {
        event.preventDefault();
        event.stopImmediatePropagation();
        bound.click();
      });
    });
  }

  function labelTableCells() {
    document.querySelectorAll(".bd-article table").forEach(function (table) {
      const headings = Array.from(table.querySelectorAll("thead tr:last-child th"))
        .map(function (th) { return th.textContent.trim(); });
      if (headings.length < 3) return;
      table.classList.add("dlcourse-stackable");
      table.querySelectorAll("tbody tr").forEach(function (row) {
        Array.from(row.children).forEach(function (cell, index) {
          if (headings[index]) cell.setAttribute("data-label", headings[index]);
        });
      });
    });
  }

  function nameExpandButtons() {
    document.querySelectorAll(".bd-sidebar-primary li.has-children > details > summary").forEach(function (summary) {
      const link = summary.closest("li").querySelector(":scope > a");
      if (link && !summary.hasAttribute("aria-label")) {
        summary.setAttribute("aria-label", "Sections of " + link.textContent.trim());
      }
    });
  }

  function listBibliography() {
    document.querySelectorAll('[role="list"] > [role="doc-biblioentry"]').forEach(function (entry) {
      entry.setAttribute("role", "listitem");
    });
  }

  function cleanSearchSnippets() {
    // searchtools.js declares Search with const: a global binding, not a property of window.
    if (typeof Search === "undefined" || !Search.htmlToText || Search.dlcourseClean) return;
    const original = Search.htmlToText;
    Search.htmlToText = function (htmlString, anchor) {
      const page = new DOMParser().parseFromString(htmlString, "text/html");
      page.querySelectorAll(".bd-header-article, .onlyprint, .bd-sidebar-secondary, .prev-next-area, .bd-footer-article, button")
        .forEach(function (node) { node.remove(); });
      return original(page.documentElement.outerHTML, anchor).replace(/\s+/g, " ").trim();
    };
    Search.dlcourseClean = true;
  }

  // A figure shown at its readable width (dl-readable-<width>) pans inside its output on a narrow
  // screen: the output takes keyboard focus, so arrow keys pan it too.
  function focusablePanningFigures() {
    document.querySelectorAll(".bd-article .cell_output").forEach(function (output) {
      const figure = output.querySelector('img[class*="dl-readable-"]');
      if (!figure) return;
      output.tabIndex = 0;
      output.setAttribute("role", "group");
      output.setAttribute("aria-label", "figure: " + (figure.alt || "scroll sideways to see all of it"));
    });
  }

  ready(function () {
    focusablePanningFigures();
    forwardToggles(".primary-toggle");
    forwardToggles(".secondary-toggle");
    labelTableCells();
    nameExpandButtons();
    listBibliography();
    cleanSearchSnippets();
  });
})();
