/** The chief's unit remembered: under the partition key, per person where Office says who, and forgetting quietly where storage refuses. */
import { storageUnitMemory } from "./unitMemory";

const storage = () => {
  const items = new Map<string, string>();
  return { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v), items };
};

describe("the chief's unit, remembered", () => {
  it("is kept under the partition key: another partition (another workbook host) does not see it", async () => {
    const s = storage();
    await storageUnitMemory(s, { partitionKey: "p1" }).remember({ unit: "民政課", by: "王科長" });
    expect(await storageUnitMemory(s, { partitionKey: "p1" }).recall()).toEqual({ unit: "民政課", by: "王科長" });
    expect(await storageUnitMemory(s, { partitionKey: "p2" }).recall()).toBeNull();
    expect([...s.items.keys()].every((k) => k.startsWith("p1"))).toBe(true);
  });

  it("per person where Office says who: two people on one computer keep their own; nobody known falls back to the last", async () => {
    const s = storage();
    const as = (who: string | null) => storageUnitMemory(s, { person: async () => who });
    await as("alice").remember({ unit: "民政課", by: "王科長" });
    await as("bob").remember({ unit: "社會課", by: "李課長" });
    expect(await as("alice").recall()).toEqual({ unit: "民政課", by: "王科長" });
    expect(await as("bob").recall()).toEqual({ unit: "社會課", by: "李課長" });
    expect(await as(null).recall()).toEqual({ unit: "社會課", by: "李課長" });
    // getAuthContext failing (no sign-in): no person, nothing asked, the computer's memory used.
    expect(await storageUnitMemory(s, { person: () => Promise.reject(new Error("no account")) }).recall()).toEqual({
      unit: "社會課",
      by: "李課長",
    });
  });

  it("forgets quietly where storage refuses or holds something else", async () => {
    const refusing = {
      getItem: () => {
        throw new Error("denied");
      },
      setItem: () => {
        throw new Error("denied");
      },
    };
    await expect(storageUnitMemory(refusing).remember({ unit: "民政課", by: "" })).resolves.toBeUndefined();
    expect(await storageUnitMemory(refusing).recall()).toBeNull();
    expect(await storageUnitMemory(null).recall()).toBeNull();
    const s = storage();
    s.setItem("servicePlan.results", "not json");
    expect(await storageUnitMemory(s).recall()).toBeNull();
  });
});
