// councilkg thread view: folding, filters, gap switches, and the layout's twin.
// Expects `nodes`, `edges` (vis.DataSet), `network` (vis.Network) and `view` (from views/network.py).
// The layout below is views/layout.py's node_levels and node_positions over the nodes shown; a
// browser test checks that, with every node shown, it gives the positions the Python code gives.
var councilkgView = (function () {
  "use strict";
  var ids = nodes.getIds();
  var indexOf = {};
  ids.forEach(function (id, index) { indexOf[id] = index; });
  var neighbours = ids.map(function () { return []; });
  edges.forEach(function (edge) {
    var from = indexOf[edge.from], to = indexOf[edge.to];
    neighbours[from].push(to);
    neighbours[to].push(from);
  });
  var baseLabels = ids.map(function (id) { return nodes.get(id).label; });
  var gapsOf = ids.map(function (id) { return nodes.get(id).gaps || []; });
  var expanded = {};
  var state = {outcome: null, owner: null, unlinked: false};

  // Python's round(): halves go to the even neighbour.
  function pyRound(value) {
    var floor = Math.floor(value), fraction = value - floor;
    if (fraction > 0.5) { return floor + 1; }
    if (fraction < 0.5) { return floor; }
    return floor % 2 === 0 ? floor : floor + 1;
  }

  function sum(values) {
    var total = 0;
    values.forEach(function (value) { total += value; });
    return total;
  }

  // layout.node_levels: rows staggered, then compacted; returns [[index, level]] in placing order.
  function levelsOf(shown) {
    var row = function (i) { return view.layout[i][0]; };
    var byRow = {};
    shown.forEach(function (i) { (byRow[row(i)] = byRow[row(i)] || []).push(i); });
    var rowNumbers = Object.keys(byRow).map(Number).sort(function (a, b) { return a - b; });
    var width = Math.max(view.rowWidth, pyRound(1.2 * Math.sqrt(shown.length)));
    var rank = {}, ranked = [], places = {};
    rowNumbers.forEach(function (number) {
      var key = {};
      byRow[number].forEach(function (i) {
        var linked = neighbours[i].filter(function (n) { return n in rank && row(n) < number; });
        key[i] = linked.length ? Math.min.apply(null, linked.map(function (n) { return rank[n]; })) : shown.length;
      });
      var members = byRow[number].slice().sort(function (a, b) {
        return key[a] - key[b] || view.layout[a][1] - view.layout[b][1];
      });
      var stagger = Math.ceil(members.length / width);
      members.forEach(function (i, place) {
        rank[i] = ranked.length;
        ranked.push(i);
        places[i] = [number, place % stagger];
      });
    });
    var distinct = {};
    ranked.forEach(function (i) { distinct[places[i].join(",")] = places[i]; });
    var sorted = Object.keys(distinct).map(function (k) { return distinct[k]; }).sort(function (a, b) {
      return a[0] - b[0] || a[1] - b[1];
    });
    var level = {};
    sorted.forEach(function (place, number) { level[place.join(",")] = number; });
    return ranked.map(function (i) { return [i, level[places[i].join(",")]]; });
  }

  // layout._pack: x for a row's nodes, in order, each as near its wanted place as spacing allows.
  function pack(row, wanted) {
    var width = function (i) { return view.layout[i][2]; };
    var gaps = [];
    for (var g = 1; g < row.length; g++) { gaps.push((width(row[g - 1]) + width(row[g])) / 2 + view.nodeGap); }
    var targets = [];
    row.forEach(function (i, place) {
      var want = wanted[i];
      if (want === null) { want = targets.length ? targets[targets.length - 1] + gaps[place - 1] : -sum(gaps) / 2; }
      targets.push(want);
    });
    var left = targets.slice(), right = targets.slice();
    for (var l = 1; l < row.length; l++) { left[l] = Math.max(left[l], left[l - 1] + gaps[l - 1]); }
    for (var r = row.length - 2; r >= 0; r--) { right[r] = Math.min(right[r], right[r + 1] - gaps[r]); }
    var x = {};
    row.forEach(function (i, place) { x[i] = (left[place] + right[place]) / 2; });
    return x;
  }

  // layout.node_positions over the nodes shown: {index: [x, y]}.
  function positionsOf(shown) {
    var isShown = {};
    shown.forEach(function (i) { isShown[i] = true; });
    var linked = function (i) { return neighbours[i].filter(function (n) { return isShown[n]; }); };
    var levels = {}, rows = {};
    levelsOf(shown).forEach(function (pair) {
      levels[pair[0]] = pair[1];
      (rows[pair[1]] = rows[pair[1]] || []).push(pair[0]);
    });
    var order = Object.keys(rows).map(Number).sort(function (a, b) { return a - b; });
    var x = {};
    [[order, true], [order.slice().reverse(), false], [order, true]].forEach(function (pass, sweep) {
      pass[0].forEach(function (level) {
        var wanted = {};
        rows[level].forEach(function (i) {
          var xs = linked(i).filter(function (n) {
            return n in x && (pass[1] ? levels[n] < level : levels[n] > level);
          }).map(function (n) { return x[n]; }).sort(function (a, b) { return a - b; });
          var want = xs.length ? sum(xs) / xs.length : null;
          wanted[i] = sweep && want === null ? x[i] : want;
        });
        rows[level].sort(function (a, b) {
          return (wanted[a] === null) - (wanted[b] === null) || (wanted[a] || 0) - (wanted[b] || 0);
        });
        var placed = pack(rows[level], wanted);
        Object.keys(placed).forEach(function (i) { x[i] = placed[i]; });
      });
    });
    var positions = {};
    shown.forEach(function (i) { positions[i] = [pyRound(x[i]), levels[i] * view.levelSeparation]; });
    return positions;
  }

  // The nodes to show: the overview and what is open (or everything), narrowed by the filters.
  function shownNodes() {
    var shown = {};
    var add = function (i) { shown[i] = true; };
    if (!view.collapsible) {
      ids.forEach(function (id, i) { add(i); });
    } else {
      view.overview.forEach(add);
      Object.keys(expanded).forEach(function (i) { view.reveals[i].forEach(add); });
      if (state.unlinked) { view.unlinked.forEach(add); }
    }
    if (state.owner !== null) {
      shown = {};
      view.owners[state.owner].forEach(add);
    }
    if (state.outcome !== null) {
      var under = {};
      view.outcomes[state.outcome].forEach(function (i) { under[i] = true; });
      Object.keys(shown).forEach(function (i) { if (!under[i]) { delete shown[i]; } });
    }
    if (view.focus !== null) { add(view.focus); }
    return Object.keys(shown).map(Number).sort(function (a, b) { return a - b; });
  }

  // An opening node's label says what a click does; closed, how many items (and gaps shown) it hides.
  function labelOf(i, marks) {
    var items = view.revealedItems[i];
    if (!view.collapsible || !view.reveals[i] || !view.reveals[i].length) { return baseLabels[i]; }
    if (expanded[i]) { return baseLabels[i] + "\n▾ close"; }
    var gapped = view.reveals[i].filter(function (j) {
      return gapsOf[j].some(function (kind) { return marks[kind]; });
    }).length;
    return baseLabels[i] + "\n▸ " + (items ? items + " below" : "owners") + (gapped ? " · " + gapped + " with gaps" : "");
  }

  function gapsShown() {
    var shown = {};
    document.querySelectorAll("input[data-gap]").forEach(function (box) {
      if (box.checked) { shown[box.getAttribute("data-gap")] = true; }
    });
    return shown;
  }

  // Redraw: hide, show, place and restyle every node, then fit the view to what is shown.
  function apply(fit) {
    var shown = shownNodes();
    var positions = positionsOf(shown);
    var marks = gapsShown();
    var updates = ids.map(function (id, i) {
      var node = nodes.get(id);
      var update = {id: id, hidden: !(i in positions), label: labelOf(i, marks)};
      if (i in positions) { update.x = positions[i][0]; update.y = positions[i][1]; }
      var gap = gapsOf[i].filter(function (kind) { return marks[kind]; })[0];
      var border = gap ? view.gapColours[gap] : view.border;
      var plain = gap ? border : "#000000";
      update.color = {
        background: node.color.background,
        border: border,
        highlight: {background: node.color.background, border: plain},
        hover: {background: node.color.background, border: plain}
      };
      update.borderWidth = gap || node.focus ? view.gapBorderWidth : 1;
      return update;
    });
    nodes.update(updates);
    if (fit) { network.once("afterDrawing", function () { network.fit(); }); }
    network.redraw();
    return positions;
  }

  function toggle(id) {
    var i = indexOf[id];
    if (!view.collapsible || !view.reveals[i] || !view.reveals[i].length) { return false; }
    if (expanded[i]) { delete expanded[i]; } else { expanded[i] = true; }
    apply(true);
    return true;
  }

  function setAll(open) {
    expanded = {};
    if (open) { view.overview.forEach(function (i) { if (view.reveals[i].length) { expanded[i] = true; } }); }
    state.unlinked = open;
    var box = document.getElementById("show-unlinked");
    if (box) { box.checked = open; }
    apply(true);
  }

  function filterValue(select) {
    return select.value === "" ? null : Number(select.value);
  }

  network.on("click", function (params) {
    if (params.nodes.length === 1) { toggle(params.nodes[0]); }
  });
  var on = function (id, event, handler) {
    var element = document.getElementById(id);
    if (element) { element.addEventListener(event, handler); }
  };
  on("expand-all", "click", function () { setAll(true); });
  on("collapse-all", "click", function () { setAll(false); });
  on("show-unlinked", "change", function (event) { state.unlinked = event.target.checked; apply(true); });
  on("outcome-filter", "change", function (event) { state.outcome = filterValue(event.target); apply(true); });
  on("owner-filter", "change", function (event) { state.owner = filterValue(event.target); apply(true); });
  document.querySelectorAll("input[data-gap]").forEach(function (box) {
    box.addEventListener("change", function () { apply(false); });
  });
  if (view.collapsible) {
    var marks = gapsShown();
    nodes.update(ids.map(function (id, i) { return {id: id, label: labelOf(i, marks)}; }));
  }
  return {toggle: toggle, setAll: setAll, apply: apply, positionsOf: positionsOf, indexOf: indexOf};
})();
