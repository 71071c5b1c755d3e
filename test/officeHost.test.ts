import { DEFAULT_TIMEOUT_MS, detectOfficeHost } from "../src/taskpane/officeHost";

/** The globals the detection reads, loosely typed so a test can set or delete them. */
const g = globalThis as unknown as { Office?: unknown; navigator?: unknown };

/** A stand-in for the Office namespace office.js defines. */
function fakeOffice(onReady: () => PromiseLike<unknown>, displayLanguage?: string) {
  return { onReady: jest.fn(onReady), context: displayLanguage ? { displayLanguage } : undefined };
}

const originalNavigator = Object.getOwnPropertyDescriptor(globalThis, "navigator");

function setBrowserLanguage(language: string | undefined) {
  Object.defineProperty(globalThis, "navigator", {
    value: language === undefined ? undefined : { language },
    configurable: true,
    writable: true,
  });
}

afterEach(() => {
  delete g.Office;
  if (originalNavigator) Object.defineProperty(globalThis, "navigator", originalNavigator);
  else delete g.navigator;
  jest.useRealTimers();
});

describe("detectOfficeHost", () => {
  it("waits 3 s by default", () => {
    expect(DEFAULT_TIMEOUT_MS).toBe(3000);
  });

  it("resolves host null at once when office.js is not loaded (Office undefined)", async () => {
    setBrowserLanguage("zh-TW");
    expect(typeof g.Office).toBe("undefined");
    await expect(detectOfficeHost(60_000)).resolves.toEqual({ host: null, language: "zh-TW" });
  });

  it("falls back to zh-TW when there is no Office and no browser language", async () => {
    setBrowserLanguage(undefined);
    await expect(detectOfficeHost()).resolves.toEqual({ host: null, language: "zh-TW" });
  });

  it("resolves host null after the timeout when Office.onReady never resolves", async () => {
    jest.useFakeTimers();
    setBrowserLanguage("en-US");
    const office = fakeOffice(() => new Promise(() => {}));
    g.Office = office;
    let result: unknown = "pending";
    const detection = detectOfficeHost(3000).then((r) => (result = r));

    await jest.advanceTimersByTimeAsync(2999);
    expect(result).toBe("pending");
    await jest.advanceTimersByTimeAsync(1);
    await detection;
    expect(result).toEqual({ host: null, language: "en-US" });
    expect(office.onReady).toHaveBeenCalledTimes(1);
  });

  it("resolves host null after a real (short) timeout when Office.onReady never resolves", async () => {
    setBrowserLanguage("zh-TW");
    g.Office = fakeOffice(() => new Promise(() => {}));
    const started = Date.now();
    await expect(detectOfficeHost(50)).resolves.toEqual({ host: null, language: "zh-TW" });
    expect(Date.now() - started).toBeGreaterThanOrEqual(40);
  });

  it("resolves host null when onReady reports no host (a plain browser with office.js)", async () => {
    setBrowserLanguage("zh-TW");
    g.Office = fakeOffice(() => Promise.resolve({ host: null, platform: null }));
    await expect(detectOfficeHost(60_000)).resolves.toEqual({ host: null, language: "zh-TW" });
  });

  it("resolves host null when onReady throws or rejects", async () => {
    setBrowserLanguage("zh-TW");
    g.Office = fakeOffice(() => {
      throw new Error("office.js half loaded");
    });
    await expect(detectOfficeHost(60_000)).resolves.toEqual({ host: null, language: "zh-TW" });
    g.Office = fakeOffice(() => Promise.reject(new Error("no")));
    await expect(detectOfficeHost(60_000)).resolves.toEqual({ host: null, language: "zh-TW" });
  });

  it("resolves host null when Office has no onReady", async () => {
    setBrowserLanguage("zh-TW");
    g.Office = {};
    await expect(detectOfficeHost(60_000)).resolves.toEqual({ host: null, language: "zh-TW" });
  });

  it("resolves with the host and Office's display language inside Excel", async () => {
    setBrowserLanguage("zh-TW");
    g.Office = fakeOffice(() => Promise.resolve({ host: "Excel", platform: "PC" }), "en-US");
    await expect(detectOfficeHost(60_000)).resolves.toEqual({ host: "Excel", language: "en-US" });
  });

  it("uses the browser language inside Excel when Office gives no display language", async () => {
    setBrowserLanguage("zh-TW");
    g.Office = fakeOffice(() => Promise.resolve({ host: "Excel", platform: "OfficeOnline" }));
    await expect(detectOfficeHost(60_000)).resolves.toEqual({ host: "Excel", language: "zh-TW" });
  });

  it("takes onReady's answer when it comes before the timeout, and leaves no timer behind", async () => {
    jest.useFakeTimers();
    setBrowserLanguage("zh-TW");
    g.Office = fakeOffice(() => Promise.resolve({ host: "Excel" }), "zh-TW");
    await expect(detectOfficeHost(3000)).resolves.toEqual({ host: "Excel", language: "zh-TW" });
    expect(jest.getTimerCount()).toBe(0);
  });
});
