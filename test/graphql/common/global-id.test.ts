import { describe, expect, it } from "vitest";
import { fromGlobalId, idOf, toGlobalId } from "../../../src/graphql/common/global-id.ts";

describe("global ids", () => {
  it("round-trip type and key, and are opaque", () => {
    const id = toGlobalId("Person", 42);
    expect(id).not.toContain("42");
    expect(fromGlobalId(id)).toEqual({ type: "Person", key: "42" });
    expect(fromGlobalId(toGlobalId("Country", "RU"))).toEqual({ type: "Country", key: "RU" });
  });

  it("reject other types and garbage with an error naming the argument", () => {
    expect(fromGlobalId("garbage")).toBeNull();
    expect(() => idOf("Meeting", toGlobalId("Person", 1), "meeting")).toThrow(/"meeting" is not a Meeting id/);
    expect(() => idOf("Person", toGlobalId("Person", "x"))).toThrow(/not a Person id/);
  });
});
