/** The who-met-whom graph as data (src/explorer/client/graph/model.ts): pure, so tested without a browser. */
import { describe, expect, it } from "vitest";
import type { MeetingSummary, PersonRef } from "../../src/explorer/client/graph/api.ts";
import { assignColours, buildGraph, filterByCountry, neighbours, pairId } from "../../src/explorer/client/graph/model.ts";

const person = (id: string, code?: string): PersonRef => ({ id, name: `Person ${id}`, role: null, country: code ? { code, name: `Country ${code}` } : null });
const [a, b, c, d] = [person("a", "RU"), person("b", "US"), person("c", "IR"), person("d")];
const meeting = (id: string, ...participants: PersonRef[]): MeetingSummary => ({ id, date: null, location: null, mode: "IN_PERSON", participants });

describe("buildGraph", () => {
  const meetings = [meeting("m1", a, b), meeting("m2", a, b, c), meeting("m3", c, d), meeting("m4", a, a, b)];
  const model = buildGraph(meetings);

  it("has a node per participant with the meetings they took part in", () => {
    expect(model.nodes.map((n) => [n.person.id, n.meetingIds])).toEqual([
      ["a", ["m1", "m2", "m4"]],
      ["b", ["m1", "m2", "m4"]],
      ["c", ["m2", "m3"]],
      ["d", ["m3"]],
    ]);
  });

  it("has an edge per pair, each with every meeting both were in (a meeting of three gives three)", () => {
    expect(Object.fromEntries(model.edges.map((e) => [e.id, e.meetingIds]))).toEqual({ "a|b": ["m1", "m2", "m4"], "a|c": ["m2"], "b|c": ["m2"], "c|d": ["m3"] });
    expect(pairId("b", "a")).toBe("a|b");
  });

  it("lists a person's neighbours, most meetings first", () => {
    expect(neighbours(model, "a").map((n) => [n.person.id, n.edge.meetingIds.length])).toEqual([["b", 3], ["c", 1]]);
    expect(neighbours(model, "d").map((n) => n.person.id)).toEqual(["c"]);
  });

  it("knows the countries in the view and colours them apart, grey without one", () => {
    expect(model.countries.map((x) => x.code)).toEqual(["IR", "RU", "US"]);
    const coloured = buildGraph(meetings, assignColours(["RU", "US", "IR"]));
    const colours = ["RU", "US", "IR"].map((code) => coloured.colour(code));
    expect(new Set(colours).size).toBe(3);
    expect(coloured.colour(undefined)).toMatch(/^hsl\(0, 0%/);
    expect(coloured.colour("FR")).toMatch(/^hsl\(/); // past the palette: a hue from the code
  });
});

describe("filterByCountry", () => {
  it("keeps the meetings someone from the country took part in", () => {
    const meetings = [meeting("m1", a, b), meeting("m3", c, d)];
    expect(filterByCountry(meetings, "IR").map((m) => m.id)).toEqual(["m3"]);
    expect(filterByCountry(meetings, undefined)).toHaveLength(2);
  });
});
