// The query page of `councilkg serve`: YASGUI set to ask this server alone.
//
// Everything it needs comes from the page and this server: the endpoint is the server's own
// `sparql`; prefixes are completed from the project's vocabulary (the page's data), never from
// prefix.cc; class and property completion (which asks Linked Open Vocabularies) is off; nothing is
// kept in the browser's storage, so the page opens as it is served. The named queries are offered
// by a picker, each opened in a tab of its own; `#example=NAME` opens one and runs it. An item's
// IRI in the results links to its page on this server.
"use strict";

(function () {
  const data = JSON.parse(document.getElementById("examples-data").textContent);
  // read before YASGUI starts: it clears the address's fragment
  const wanted = new URLSearchParams(location.hash.slice(1)).get("example");
  const endpoint = new URL("sparql", document.baseURI).href;
  const Yasqe = Yasgui.Yasqe;

  // The prefixes completer with the project's own list, kept nowhere.
  Yasqe.forkAutocompleter("prefixes", {
    name: "councilkg-prefixes",
    persistenceId: null,
    get: () => Promise.resolve(data.prefixes),
  }, false);
  Yasqe.defaults.autocompleters = ["councilkg-prefixes", "variables"];

  const yasgui = new Yasgui(document.getElementById("yasgui"), {
    persistenceId: null,
    populateFromUrl: true,
    copyEndpointOnNewTab: false,
    tabName: "Query",
    requestConfig: {endpoint: endpoint, method: "POST"},
    endpointCatalogueOptions: {getData: () => [{endpoint: endpoint}], keys: []},
    yasqe: {value: data.default, persistenceId: null, autocompleters: ["councilkg-prefixes", "variables"]},
    yasr: {persistenceId: null, prefixes: data.prefixMap},
  });

  const byName = new Map(data.examples.map(example => [example.name, example]));

  function noteCuts(tab) {
    // The server cuts an answer at its row cap and says so in a header YASR does not show.
    const yasqe = tab.getYasqe();
    if (!yasqe || yasqe.councilkgNotes) return;
    yasqe.councilkgNotes = true;
    yasqe.on("queryResponse", (_, response) => {
      const cut = response && response.headers && response.headers.get("X-Councilkg-Truncated");
      if (cut) yasqe.showNotification("councilkg-cut", "The answer was cut to the first " + cut + " rows.");
      else yasqe.hideNotification("councilkg-cut");
    });
  }

  function openExample(name, run) {
    const example = byName.get(name);
    if (!example) {
      const tab = yasgui.getTab();
      if (tab) tab.getYasqe().showNotification("councilkg-example", "There is no named query " + name + ".");
      return;
    }
    let tab = yasgui.tabNameTaken(example.title);
    if (tab) {
      yasgui.selectTabId(tab.getId());
    } else {
      tab = yasgui.addTab(true, {name: example.title, yasqe: {value: example.text},
                                 requestConfig: {endpoint: endpoint, method: "POST"}});
    }
    noteCuts(tab);
    if (run) tab.query().catch(() => {});
  }

  const picker = document.getElementById("examples");
  for (const group of data.groups) {
    const optgroup = document.createElement("optgroup");
    optgroup.label = group;
    for (const example of data.examples.filter(e => e.group === group)) {
      const option = document.createElement("option");
      option.value = example.name;
      option.textContent = example.name + " — " + example.title;
      option.title = example.question;
      optgroup.appendChild(option);
    }
    picker.appendChild(optgroup);
  }
  picker.addEventListener("change", () => {
    openExample(picker.value, false);
    picker.value = "";
  });
  document.getElementById("examples-line").hidden = false;

  yasgui.on("tabSelect", (_, id) => setTimeout(() => { const tab = yasgui.getTab(id); if (tab) noteCuts(tab); }, 0));
  const current = yasgui.getTab();
  if (current) noteCuts(current);

  // The results table links IRIs to where they are minted; an item's page is here, at /id/...
  const pages = new URL("id/", document.baseURI).href;
  function linkHere(root) {
    for (const link of root.querySelectorAll("a.iri")) {
      const iri = link.getAttribute("href") || "";
      if (iri.startsWith(data.idNamespace)) link.href = pages + iri.slice(data.idNamespace.length);
    }
  }
  new MutationObserver(records => {
    for (const record of records) {
      for (const node of record.addedNodes) if (node.nodeType === Node.ELEMENT_NODE) linkHere(node);
    }
  }).observe(document.getElementById("yasgui"), {childList: true, subtree: true});

  if (wanted) openExample(wanted, true);
})();
