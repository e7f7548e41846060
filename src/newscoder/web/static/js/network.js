// The actor network (Cytoscape.js, drawn on a canvas): filtered on the server by minimum
// events per link, actor kind and a name search; nodes sized by events, coloured by kind.
"use strict";

(function () {
  const nc = window.newscoder;
  const box = document.getElementById("network");
  const form = document.getElementById("filters");
  if (!box || !window.cytoscape) return;
  const state = { cy: null, nodes: 0, edges: 0, loads: 0 };
  window.newscoderNetwork = state;

  function elements(graph) {
    const kinds = nc.colours([...new Set(graph.nodes.map((n) => n.label || n.sector || "?"))]);
    const peak = Math.max(1, ...graph.nodes.map((n) => n.degree));
    const nodes = graph.nodes.map((n) => ({ data: { id: String(n.id), name: n.name,
      size: 14 + 30 * Math.sqrt(n.degree / peak), colour: kinds.get(n.label || n.sector || "?"),
      match: n.match ? 1 : 0 } }));
    const edges = graph.edges.map((e) => ({ data: { id: e.source + ">" + e.target,
      source: String(e.source), target: String(e.target), n: e.n,
      width: Math.min(1 + e.n, 8) } }));
    return { elements: [...nodes, ...edges], kinds };
  }

  const STYLE = [
    { selector: "node", style: { label: "data(name)", width: "data(size)", height: "data(size)",
      "background-color": "data(colour)", "font-size": 10, "text-valign": "bottom",
      "text-margin-y": 2, "text-wrap": "ellipsis", "text-max-width": 140, color: "#1d232b" } },
    { selector: "node[match = 1]", style: { "border-width": 3, "border-color": "#d1495b",
      "font-weight": "bold" } },
    { selector: "edge", style: { width: "data(width)", "line-color": "#9aa6b5",
      "target-arrow-color": "#9aa6b5", "target-arrow-shape": "triangle",
      "curve-style": "bezier", opacity: 0.8 } },
  ];

  function legend(kinds) {
    const old = document.getElementById("network-legend");
    if (old) old.remove();
    const list = nc.el("ul", null, "network-legend");
    list.id = "network-legend";
    for (const [kind, colour] of kinds) {
      const item = nc.el("li");
      const swatch = document.createElementNS("http://www.w3.org/2000/svg", "svg");
      swatch.setAttribute("width", "12");
      swatch.setAttribute("height", "12");
      const dot = document.createElementNS("http://www.w3.org/2000/svg", "circle");
      for (const [k, v] of [["cx", 6], ["cy", 6], ["r", 5], ["fill", colour]]) {
        dot.setAttribute(k, String(v));
      }
      swatch.append(dot);
      item.append(swatch, nc.el("span", kind));
      list.append(item);
    }
    box.after(list);
  }

  async function load(params) {
    box.dataset.state = "loading";
    const graph = await nc.getJSON(box.dataset.api + "?" + params.toString());
    const { elements: items, kinds } = elements(graph);
    if (state.cy) state.cy.destroy();
    state.cy = cytoscape({ container: box, elements: items, style: STYLE,
      layout: { name: "cose", animate: false, randomize: true, nodeRepulsion: () => 9000,
        idealEdgeLength: () => 80, numIter: 1500 } });
    state.cy.on("tap", "node", (event) => {
      window.location.href = "/actors/" + encodeURIComponent(event.target.id());
    });
    const matched = state.cy.nodes("[match = 1]");
    if (matched.length) state.cy.fit(matched.closedNeighborhood(), 40);
    legend(kinds);
    nc.say("network-summary", graph.nodes.length + " actor(s) joined by " + graph.edges.length +
      " link(s): an arrow from source to target, wider with more events." +
      (matched.length ? " " + matched.length + " actor(s) match the search (outlined)." : "") +
      " Click an actor for its dossier; scroll to zoom.");
    Object.assign(state, { nodes: graph.nodes.length, edges: graph.edges.length });
    state.loads += 1;
    box.dataset.nodes = String(graph.nodes.length);
    box.dataset.state = "ready";
  }

  function reload() {
    const params = nc.formParams(form);
    nc.showParams(params);
    load(params).catch((error) => nc.say("network-summary", "Could not load: " + error));
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    reload();
  });
  form.elements.kind.addEventListener("change", reload);
  reload();
})();
