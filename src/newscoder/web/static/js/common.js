// Helpers shared by the interactive views. Article text is only ever set as textContent.
"use strict";

window.newscoder = (function () {
  // Tableau 20, dark shades first: the map's marker colours and the charts' stack colours,
  // so a type keeps its colour from one view to the next.
  const PALETTE = ["#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948",
    "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac", "#a0cbe8", "#ffbe7d", "#8cd17d", "#b6992d",
    "#499894", "#86bcb6", "#f1ce63", "#d37295", "#fabfd2", "#d4a6c8"];

  function el(tag, text, className) {
    const node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (className) node.className = className;
    return node;
  }

  function link(href, text) {
    const a = el("a", text);
    a.href = href;
    return a;
  }

  function formParams(form) {
    const params = new URLSearchParams();
    for (const [key, value] of new FormData(form)) {
      if (String(value).trim()) params.set(key, String(value).trim());
    }
    return params;
  }

  function showParams(params) {
    const query = params.toString();
    history.replaceState(null, "", location.pathname + (query ? "?" + query : ""));
  }

  async function getJSON(url) {
    const response = await fetch(url, { headers: { Accept: "application/json" } });
    if (!response.ok) throw new Error(response.status + " from " + url);
    return response.json();
  }

  function colours(names) {
    const map = new Map();
    names.forEach((name, i) => map.set(name, PALETTE[i % PALETTE.length]));
    return map;
  }

  function say(id, text) {
    const node = document.getElementById(id);
    if (node) node.textContent = text;
  }

  function isoDay(timestamp) {
    return new Date(timestamp).toISOString().slice(0, 10);
  }

  return { PALETTE, el, link, formParams, showParams, getJSON, colours, say, isoDay };
})();
