import { describe, expect, it } from "vitest";
import { databaseId, fromGlobalId, toGlobalId } from "../../../src/graphql/common/global-id.ts";

describe("global ids", () => {
  it("round-trip type and key, and are opaque", () => {
    const id = toGlobalId("Person", 42);
    expect(id).not.toContain("42");
    expect(fromGlobalId(id)).toEqual({ type: "Person", key: "42" });
    expect(fromGlobalId(toGlobalId("Country", "RU"))).toEqual({ type: "Country", key: "RU" });
  });

  it("reject other types, keys that are not ids, and garbage", () => {
    expect(fromGlobalId("garbage")).toBeNull();
    expect(databaseId(toGlobalId("Person", 7), "Person")).toBe(7);
    expect(databaseId(toGlobalId("Person", 1), "Meeting")).toBeNull();
    expect(databaseId(toGlobalId("Person", "x"), "Person")).toBeNull();
    expect(databaseId(toGlobalId("Person", ""), "Person")).toBeNull();
    expect(databaseId("garbage", "Person")).toBeNull();
  });
});
