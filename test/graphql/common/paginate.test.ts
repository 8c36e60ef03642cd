import { describe, expect, it } from "vitest";
import { encodeCursor, paginate } from "../../../src/graphql/common/paginate.ts";

const keys = [10, 20, 30, 40, 50];

describe("paginate", () => {
  it("takes the first n after a cursor, and says whether more lie on either side", () => {
    const page = paginate(keys, { first: 2, after: encodeCursor(20) });
    expect(page).toMatchObject({ keys: [30, 40], totalCount: 5, hasNextPage: true, hasPreviousPage: true });
    expect(page.cursors).toEqual([encodeCursor(30), encodeCursor(40)]);
  });

  it("takes the last n before a cursor", () => {
    expect(paginate(keys, { last: 2, before: encodeCursor(40) })).toMatchObject({ keys: [20, 30], hasNextPage: true, hasPreviousPage: true });
    expect(paginate(keys, { last: 10 })).toMatchObject({ keys, hasNextPage: false, hasPreviousPage: false });
  });

  it("applies after and before together as a window", () => {
    expect(paginate(keys, { after: encodeCursor(10), before: encodeCursor(50) }).keys).toEqual([20, 30, 40]);
    expect(paginate(keys, { after: encodeCursor(40), before: encodeCursor(20) }).keys).toEqual([]);
  });

  it("defaults to 20 items and handles an empty list", () => {
    const many = Array.from({ length: 45 }, (_, i) => i);
    expect(paginate(many, {}).keys).toHaveLength(20);
    expect(paginate([], { first: 5 })).toMatchObject({ keys: [], totalCount: 0, hasNextPage: false, hasPreviousPage: false });
  });

  it("refuses cursors that are not ours or not in the list, and first with last", () => {
    expect(() => paginate(keys, { after: "nonsense" })).toThrow(/not a cursor/);
    expect(() => paginate(keys, { after: encodeCursor(99) })).toThrow(/does not point into this list/);
    expect(() => paginate(keys, { first: 1, last: 1 })).toThrow(/either "first" or "last"/);
  });
});
