// Timelines on a real time axis (Vega-Lite, evaluated by Vega's CSP-safe interpreter):
// counts per day, week or month stacked by type; brushing the axis filters the other charts
// (types, per-country trends) and names the range for the map or the events list.
"use strict";

(function () {
  const nc = window.newscoder;
  const box = document.getElementById("timeline");
  if (!box || !window.vegaEmbed) return;
  const form = document.getElementById("filters");
  const UNITS = { day: "utcyearmonthdate", week: "utcyearweek", month: "utcyearmonth" };
  const state = { view: null, range: null, rows: 0 };
  window.newscoderTimeline = state;

  function unit() {
    const chosen = form && form.elements.unit ? form.elements.unit.value : "month";
    return UNITS[chosen] ? chosen : "month";
  }

  // Incidents (one row each) or event counts per day: both become {day, type, country, n}.
  async function rowsFor(params) {
    if (box.dataset.kind === "events") {
      const body = await nc.getJSON(box.dataset.api);  // the page's own filters
      state.yearOnly = body.days.filter((d) => d.date_precision === "year")
        .reduce((sum, d) => sum + d.n, 0);
      return body.days.filter((d) => d.date_precision !== "year").map((d) => ({ day: d.day,
        type: d.type, country: null, n: d.n, precision: d.date_precision }));
    }
    params.delete("unit");
    const body = await nc.getJSON(box.dataset.api + "?" + params.toString());
    // a date known only to its year would be a spike on the 1st of January
    const dated = body.incidents.filter((i) => i.day && i.date_precision !== "year");
    state.yearOnly = body.incidents.filter((i) => i.date_precision === "year").length;
    return dated.map((i) => ({ day: i.day, type: i.type, country: i.country, n: 1,
      precision: i.date_precision }));
  }

  // Articles also date what happened long ago ("the 1215 charter", "the 1969 coup"). When no
  // range is asked for and the dates span decades, the axis shows the central 96 % of them
  // and says how many fall outside.
  function window96(rows, params) {
    if (params.get("from") || params.get("to") || rows.length < 20) return rows;
    const days = rows.flatMap((r) => Array(Math.min(r.n, 1000)).fill(r.day)).sort();
    const low = days[Math.floor(days.length * 0.02)];
    const high = days[Math.ceil(days.length * 0.98) - 1];
    if (Number(days[days.length - 1].slice(0, 4)) - Number(days[0].slice(0, 4)) <= 10) {
      return rows;
    }
    state.outside = rows.filter((r) => r.day < low || r.day > high)
      .reduce((sum, r) => sum + r.n, 0);
    state.window = [low, high];
    return rows.filter((r) => r.day >= low && r.day <= high);
  }

  function typeScale(rows) {
    const totals = new Map();
    for (const r of rows) totals.set(r.type, (totals.get(r.type) || 0) + r.n);
    const domain = [...totals.entries()].sort((a, b) => b[1] - a[1]).map(([t]) => t);
    return { domain, range: domain.map((_, i) => nc.PALETTE[i % nc.PALETTE.length]) };
  }

  function mainChart(width, timeUnit, scale) {
    return {
      width, height: 180, mark: { type: "bar" },
      params: [{ name: "brush", select: { type: "interval", encodings: ["x"] } }],
      encoding: {
        x: { timeUnit, field: "day", type: "temporal", title: null, bandPosition: 0 },
        y: { aggregate: "sum", field: "n", type: "quantitative", title: "count", stack: true },
        color: { field: "type", type: "nominal", title: "type", scale,
          legend: { orient: "top", columns: 4 } },
        tooltip: [{ timeUnit, field: "day", type: "temporal", title: "from" },
          { field: "type", type: "nominal" }, { aggregate: "sum", field: "n", title: "count" }],
      },
    };
  }

  function typeChart(width, scale) {
    return {
      width, height: { step: 14 }, mark: "bar",
      transform: [{ filter: { param: "brush" } }],
      encoding: {
        y: { field: "type", type: "nominal", title: null, sort: "-x" },
        x: { aggregate: "sum", field: "n", type: "quantitative", title: "in the brushed range" },
        color: { field: "type", type: "nominal", scale },
      },
    };
  }

  function countryTrends(width, timeUnit, countries) {
    return {
      transform: [{ filter: { param: "brush" } },
        { filter: { field: "country", oneOf: countries } }],
      facet: { field: "country", type: "nominal", title: "Per country", sort: countries },
      columns: 4,
      spec: {
        width: Math.max(120, Math.floor(width / 4) - 40), height: 70,
        mark: { type: "line", point: true, interpolate: "monotone" },
        encoding: {
          x: { timeUnit, field: "day", type: "temporal", title: null, axis: { labelAngle: 0,
            tickCount: 3 } },
          y: { aggregate: "sum", field: "n", type: "quantitative", title: null },
        },
      },
    };
  }

  function topCountries(rows) {
    const totals = new Map();
    for (const r of rows) if (r.country) totals.set(r.country, (totals.get(r.country) || 0) + r.n);
    return [...totals.entries()].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([c]) => c);
  }

  function spec(rows) {
    const width = Math.max(320, box.clientWidth - 160);
    const timeUnit = UNITS[unit()];
    const scale = typeScale(rows);
    const charts = [mainChart(width, timeUnit, scale), typeChart(width, scale)];
    const countries = topCountries(rows);
    if (countries.length) charts.push(countryTrends(width, timeUnit, countries));
    return { $schema: "https://vega.github.io/schema/vega-lite/v6.json",
      data: { values: rows }, vconcat: charts, config: { view: { stroke: null } } };
  }

  function brushed(value) {
    const extent = value && Object.values(value)[0];
    if (!extent || extent.length !== 2) return null;
    return [nc.isoDay(Math.min(...extent.map(Number))), nc.isoDay(Math.max(...extent.map(Number)))];
  }

  function noun() {
    return box.dataset.kind === "events" ? "event(s)" : "incident(s)";
  }

  function notes() {
    const parts = [];
    if (state.window) {
      parts.push("Showing " + state.window[0] + " to " + state.window[1] + "; " + state.outside +
        " " + noun() + " dated outside it are not drawn (set From and To to see them).");
    }
    if (state.yearOnly) {
      parts.push(state.yearOnly + " " + noun() + " dated only to a year are not drawn.");
    }
    return parts.join(" ");
  }

  function describe(rows) {
    const range = state.range;
    const inRange = range ? rows.filter((r) => r.day >= range[0] && r.day <= range[1]) : rows;
    const total = inRange.reduce((sum, r) => sum + r.n, 0);
    const whole = state.window ? "All shown dates" : "All dates";
    nc.say("timeline-range", (range ? range[0] + " to " + range[1] : whole) + ": " +
      total + " " + noun() +
      (range ? "" : " (drag across the chart to choose a range)"));
    if (form && box.dataset.kind === "events" && range) {
      form.elements.from.value = range[0];
      form.elements.to.value = range[1];
    }
    const onward = document.getElementById("timeline-onward");
    if (!onward) return;
    const params = nc.formParams(form);
    params.delete("unit");
    if (range) {
      params.set("from", range[0]);
      params.set("to", range[1]);
    }
    onward.href = onward.dataset.base + "?" + params.toString();
  }

  async function draw() {
    box.dataset.state = "loading";
    const params = form ? nc.formParams(form) : new URLSearchParams(location.search);
    Object.assign(state, { range: null, outside: 0, window: null, yearOnly: 0 });
    const rows = window96(await rowsFor(new URLSearchParams(params)), params);
    state.rows = rows.length;
    nc.say("timeline-note", notes());
    if (!rows.length) {
      box.textContent = "Nothing dated to show.";
      box.dataset.state = "ready";
      return;
    }
    const result = await vegaEmbed(box, spec(rows), { renderer: "svg", actions: false,
      ast: true, expr: vegaInterpreter.expressionInterpreter, defaultStyle: false,
      tooltip: { disableDefaultStyle: true } });
    state.view = result.view;
    result.view.addSignalListener("brush", (_, value) => {
      state.range = brushed(value);
      describe(rows);
    });
    describe(rows);
    box.dataset.state = "ready";
  }

  function redraw() {
    if (form && box.dataset.kind !== "events") nc.showParams(nc.formParams(form));
    draw().catch((error) => nc.say("timeline-range", "Could not draw the timeline: " + error));
  }

  if (form && box.dataset.kind !== "events") {
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      redraw();
    });
  }
  if (form && form.elements.unit) form.elements.unit.addEventListener("change", redraw);
  redraw();
})();
