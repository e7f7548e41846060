// The incidents map: Leaflet over an offline Natural Earth basemap, markers clustered,
// coloured by type and drawn by how precisely their place is known.
"use strict";

(function () {
  const nc = window.newscoder;
  const box = document.getElementById("map");
  const form = document.getElementById("filters");
  if (!box || !window.L) return;

  // How a marker shows the precision of its place: a filled dot where the place itself is
  // known, a ring at a region's centroid, a dashed ring at a country's centroid.
  const POINTS = {
    point: { label: "at the place itself", fillOpacity: 0.85, weight: 1, dashArray: null },
    admin: { label: "region's centroid", fillOpacity: 0.15, weight: 2, dashArray: null },
    country: { label: "country's centroid", fillOpacity: 0, weight: 2, dashArray: "3 3" },
  };

  const map = L.map(box, { preferCanvas: true, worldCopyJump: true, minZoom: 1, maxZoom: 12,
    zoomSnap: 0.5 }).setView([20, 10], 2);
  map.attributionControl.setPrefix("Leaflet");
  map.attributionControl.addAttribution("Natural Earth · world-atlas");
  const clusters = L.markerClusterGroup({ showCoverageOnHover: false, maxClusterRadius: 40,
    chunkedLoading: true, spiderfyOnMaxZoom: true });
  map.addLayer(clusters);
  let legend = null;
  const state = { map, clusters, markers: 0, loads: 0 };
  window.newscoderMap = state;

  // world-atlas is made for spherical projections: a ring crossing the antimeridian jumps
  // from 180 to -180. On Leaflet's flat map that jump is a line across the world, so
  // longitudes are made continuous (Chukotka is drawn east of 180).
  function unwrap(ring) {
    let last = null;
    return ring.map(([lon, lat]) => {
      while (last !== null && lon - last > 180) lon -= 360;
      while (last !== null && lon - last < -180) lon += 360;
      last = lon;
      return [lon, lat];
    });
  }

  function flat(geometry) {
    const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
    const unwrapped = polygons.map((polygon) => polygon.map(unwrap));
    return { type: "MultiPolygon", coordinates: unwrapped };
  }

  async function drawBasemap() {
    const topology = await nc.getJSON(box.dataset.basemap);
    const countries = topojson.feature(topology, topology.objects.countries).features
      .filter((f) => f.id !== "010" && f.geometry)  // Antarctica circles the pole: no ring
      .map((f) => ({ type: "Feature", properties: {}, geometry: flat(f.geometry) }));
    L.geoJSON(countries, { interactive: false, style: () => ({ color: "#b9b2a3", weight: 0.6,
      fillColor: "#f4f1ea", fillOpacity: 1 }) }).addTo(map);
  }

  function radius(incident) {
    return 5 + Math.min(Math.sqrt(incident.fatalities || 0) * 1.5, 12);
  }

  function popup(incident) {
    const card = nc.el("div", null, "incident-card");
    const kind = incident.sub_event_type ? incident.type + " / " + incident.sub_event_type
      : incident.type;
    card.append(nc.el("strong", kind));
    const when = (incident.date || "undated") +
      (incident.date_precision && incident.date_precision !== "day"
        ? " (" + incident.date_precision + ")" : "");
    card.append(nc.el("div", when));
    const where = [incident.location, incident.admin1, incident.country].filter(Boolean);
    card.append(nc.el("div", where.join(", ") + " — " + POINTS[incident.point].label));
    if (incident.fatalities !== null || incident.injured !== null) {
      card.append(nc.el("div", (incident.fatalities ?? "?") + " killed, " +
        (incident.injured ?? "?") + " injured"));
    }
    if (incident.actor1 || incident.actor2) {
      card.append(nc.el("div", (incident.actor1 || "?") + " → " + (incident.actor2 || "?")));
    }
    card.append(nc.link("/documents/" + encodeURIComponent(incident.doc_id),
      incident.title || incident.doc_id));
    return card;
  }

  function marker(incident, colour) {
    const look = POINTS[incident.point] || POINTS.point;
    const dot = L.circleMarker([incident.lat, incident.lon], { radius: radius(incident),
      color: colour, fillColor: colour, fillOpacity: look.fillOpacity, weight: look.weight,
      dashArray: look.dashArray });
    dot.bindPopup(() => popup(incident));
    return dot;
  }

  function symbol(look, colour) {
    const svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
    svg.setAttribute("width", "16");
    svg.setAttribute("height", "16");
    const circle = document.createElementNS("http://www.w3.org/2000/svg", "circle");
    for (const [name, value] of [["cx", 8], ["cy", 8], ["r", 6], ["stroke", colour],
      ["fill", colour], ["fill-opacity", look.fillOpacity], ["stroke-width", look.weight]]) {
      circle.setAttribute(name, String(value));
    }
    if (look.dashArray) circle.setAttribute("stroke-dasharray", look.dashArray);
    svg.append(circle);
    return svg;
  }

  function legendRow(look, colour, text) {
    const row = nc.el("div", null, "legend-row");
    row.append(symbol(look, colour), nc.el("span", text));
    return row;
  }

  function showLegend(types, colours) {
    if (legend) legend.remove();
    legend = L.control({ position: "bottomright" });
    legend.onAdd = () => {
      const panel = nc.el("div", null, "map-legend");
      panel.append(nc.el("strong", "Type"));
      for (const [type, n] of types) panel.append(legendRow(POINTS.point, colours.get(type),
        type + " (" + n + ")"));
      panel.append(nc.el("strong", "Where"));
      for (const look of Object.values(POINTS)) panel.append(legendRow(look, "#555", look.label));
      panel.append(nc.el("div", "Larger: more killed. Numbers: clustered incidents.", "muted"));
      return panel;
    };
    legend.addTo(map);
  }

  function typeCounts(incidents) {
    const counts = new Map();
    for (const i of incidents) counts.set(i.type, (counts.get(i.type) || 0) + 1);
    return [...counts.entries()].sort((a, b) => b[1] - a[1]);
  }

  async function load(params) {
    box.dataset.state = "loading";
    const body = await nc.getJSON(box.dataset.api + "?" + params.toString());
    const located = body.incidents.filter((i) => i.lat !== null && i.lon !== null);
    const types = typeCounts(located);
    const colours = nc.colours(types.map(([type]) => type));
    clusters.clearLayers();
    // the view moves before the markers are added, so clusters are drawn once, at that zoom
    if (located.length) map.fitBounds(L.latLngBounds(located.map((i) => [i.lat, i.lon])),
      { padding: [30, 30], maxZoom: 6, animate: false });
    clusters.addLayers(located.map((i) => marker(i, colours.get(i.type))));
    showLegend(types, colours);
    const centroids = located.filter((i) => i.point !== "point").length;
    nc.say("map-summary", located.length + " located incident(s) of " + body.count +
      " matching; " + centroids + " drawn at a region's or country's centroid." +
      (body.truncated ? " Only the newest " + body.count + " are drawn." : ""));
    state.markers = located.length;
    state.loads += 1;
    box.dataset.markers = String(located.length);
    box.dataset.state = "ready";
  }

  function reload() {
    const params = nc.formParams(form);
    nc.showParams(params);
    load(params).catch((error) => nc.say("map-summary", "Could not load incidents: " + error));
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    reload();
  });
  form.querySelector("select[name=type]").addEventListener("change", reload);
  drawBasemap()
    .then(() => load(new URLSearchParams(location.search)))
    .catch((error) => nc.say("map-summary", "Could not draw the map: " + error));
})();
