/** @jest-environment ./test/support/jsdomEnvironment.js */
/** The pane's one way to run Excel work: queued, busy with progress, errors as sentences with their cause, nothing after closing. */
import { act, renderHook, waitFor } from "@testing-library/react";
import { useExcelWork } from "./useExcelWork";

/** A promise the test resolves by hand. */
function gate<T = void>() {
  let open!: (v: T) => void;
  const promise = new Promise<T>((resolve) => (open = resolve));
  return { promise, open };
}

describe("useExcelWork", () => {
  it("runs one piece at a time, in the order asked, with busy and progress", async () => {
    const { result } = renderHook(() => useExcelWork<"a" | "b">(() => "?"));
    const first = gate();
    const order: string[] = [];
    let a!: Promise<string | undefined>, b!: Promise<string | undefined>;
    act(() => {
      a = result.current.run("a", async (progress) => {
        order.push("a starts");
        progress({ done: 1, total: 3 });
        await first.promise;
        order.push("a ends");
        return "A";
      });
      b = result.current.run("b", async () => {
        order.push("b starts");
        return "B";
      });
    });
    await waitFor(() => expect(result.current.busy).toEqual({ kind: "a", progress: { done: 1, total: 3 } }));
    expect(order).toEqual(["a starts"]);
    await act(async () => first.open());
    expect(await a).toBe("A");
    expect(await b).toBe("B");
    expect(order).toEqual(["a starts", "a ends", "b starts"]);
    await waitFor(() => expect(result.current.busy).toBeNull());
  });

  it("turns a failure into the clerk's sentence, keeps its cause, and clears it on the next success", async () => {
    const cause = Object.assign(new Error("raw"), { code: "AccessDenied" });
    const { result } = renderHook(() => useExcelWork<"x">((e, where) => `${(e as { code: string }).code} at ${where}`));
    let failed: unknown = "not yet";
    await act(async () => {
      failed = await result.current.run("x", () => Promise.reject(cause), "計畫表");
    });
    expect(failed).toBeUndefined();
    expect(result.current.error).toEqual({ message: "AccessDenied at 計畫表", cause });
    await act(async () => void (await result.current.run("x", async () => 1)));
    expect(result.current.error).toBeNull();
  });

  it("drops work still queued when the step closes, and touches no state after", async () => {
    const { result, unmount } = renderHook(() => useExcelWork<"x">(() => "?"));
    const first = gate();
    let ran = false;
    let second!: Promise<unknown>;
    act(() => {
      void result.current.run("x", () => first.promise);
      second = result.current.run("x", async () => void (ran = true));
    });
    unmount();
    first.open();
    expect(await second).toBeUndefined();
    expect(ran).toBe(false);
  });
});
