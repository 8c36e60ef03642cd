/**
 * Draws the model with Cytoscape: people sized by their meetings in the view and coloured by
 * country, one line per pair that met (thicker for more meetings, labelled with the count).
 */
import cytoscape, { type Core, type ElementDefinition } from "cytoscape";
import type { GraphModel } from "./model.ts";

export interface GraphViewEvents {
  person(id: string): void;
  pair(id: string): void;
  background(): void;
}

export function drawGraph(container: HTMLElement, model: GraphModel, on: GraphViewEvents): Core {
  const maxMeetings = Math.max(1, ...model.nodes.map((n) => n.meetingIds.length));
  const maxPair = Math.max(1, ...model.edges.map((e) => e.meetingIds.length));
  const elements: ElementDefinition[] = [
    ...model.nodes.map((n) => ({
      group: "nodes" as const,
      data: {
        id: n.person.id,
        label: n.person.name,
        meetings: n.meetingIds.length,
        country: n.person.country?.code ?? "",
        colour: model.colour(n.person.country?.code),
        size: 18 + 34 * Math.sqrt(n.meetingIds.length / maxMeetings),
      },
    })),
    ...model.edges.map((e) => ({
      group: "edges" as const,
      data: { id: e.id, source: e.source, target: e.target, count: e.meetingIds.length, width: 1.5 + 6 * (e.meetingIds.length / maxPair) },
    })),
  ];
  const cy = cytoscape({
    container,
    elements,
    minZoom: 0.15,
    maxZoom: 3,
    boxSelectionEnabled: false,
    style: [
      {
        selector: "node",
        style: {
          "background-color": "data(colour)",
          width: "data(size)",
          height: "data(size)",
          label: "data(label)",
          "font-size": 11,
          "font-family": "system-ui, sans-serif",
          "text-valign": "bottom",
          "text-margin-y": 3,
          color: "#1f2328",
          "text-outline-color": "#ffffff",
          "text-outline-width": 2,
          "border-width": 1,
          "border-color": "#ffffff",
        },
      },
      {
        selector: "edge",
        style: { width: "data(width)", "line-color": "#8c959f", "curve-style": "bezier", opacity: 0.75 },
      },
      {
        selector: "edge[count > 1]",
        style: { label: "data(count)", "font-size": 10, color: "#57606a", "text-background-color": "#ffffff", "text-background-opacity": 1, "text-background-padding": "1px" },
      },
      { selector: ".faded", style: { opacity: 0.12 } },
      { selector: "node.focus", style: { "border-width": 3, "border-color": "#1f2328" } },
      { selector: "edge.focus", style: { "line-color": "#cf222e", opacity: 1, "z-index": 10 } },
    ],
    layout: { name: "cose", animate: false, fit: true, padding: 40, nodeRepulsion: () => 60_000, idealEdgeLength: () => 90, nodeOverlap: 20, componentSpacing: 80 },
  });
  cy.on("tap", "node", (event) => on.person(event.target.id()));
  cy.on("tap", "edge", (event) => on.pair(event.target.id()));
  cy.on("tap", (event) => {
    if (event.target === cy) on.background();
  });
  return cy;
}

/** Fades everything but the given elements (ids of nodes and edges); none given clears it. */
export function focus(cy: Core, ids: string[]) {
  cy.elements().removeClass("faded focus");
  if (!ids.length) return;
  const keep = cy.collection();
  for (const id of ids) keep.merge(cy.getElementById(id));
  cy.elements().not(keep).addClass("faded");
  keep.addClass("focus");
}
