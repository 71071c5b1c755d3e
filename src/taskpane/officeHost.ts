/**
 * Finds out whether the pane runs inside an Office application, and in which display language.
 * One of two places in the pane that touch Office.js (the other is index.tsx); components get the
 * result as a prop.
 *
 * Never hangs: resolves with host null when office.js did not load (offline, plain browser without
 * the script), when Office.onReady reports no host (a plain browser), when onReady fails, or when it
 * has not answered within the timeout.
 */

export interface OfficeHostState {
  /** The Office application ("Excel", …), or null outside Office. */
  host: string | null;
  /** A BCP 47 language tag: Office's display language in Office, else the browser's. */
  language: string;
  /** Office.context.platform ("PC", "Mac", "OfficeOnline", …) where Office says it. */
  platform?: string;
}

export const DEFAULT_TIMEOUT_MS = 3000;

/** The part of Office.js this module uses. */
interface OfficeLike {
  onReady(): PromiseLike<{ host: unknown } | null | undefined>;
  context?: { displayLanguage?: string; platform?: unknown };
}

function browserLanguage(): string {
  const nav = (globalThis as { navigator?: { language?: string } }).navigator;
  return nav?.language || "zh-TW";
}

function officeDisplayLanguage(office: OfficeLike): string | undefined {
  try {
    return office.context?.displayLanguage || undefined;
  } catch {
    return undefined;
  }
}

function officePlatform(office: OfficeLike): string | undefined {
  try {
    const p = office.context?.platform;
    return typeof p === "string" ? p : undefined;
  } catch {
    return undefined;
  }
}

export function detectOfficeHost(timeoutMs: number = DEFAULT_TIMEOUT_MS): Promise<OfficeHostState> {
  const noHost = (): OfficeHostState => ({ host: null, language: browserLanguage() });
  const office = (globalThis as { Office?: OfficeLike }).Office;
  if (typeof office === "undefined" || office === null || typeof office.onReady !== "function") {
    return Promise.resolve(noHost());
  }

  return new Promise<OfficeHostState>((resolve) => {
    let settled = false;
    const timer = setTimeout(() => finish(noHost()), timeoutMs);
    function finish(state: OfficeHostState): void {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(state);
    }

    let ready: PromiseLike<{ host: unknown } | null | undefined>;
    try {
      ready = office.onReady();
    } catch {
      finish(noHost());
      return;
    }
    Promise.resolve(ready).then(
      (info) => {
        const host = info?.host === null || info?.host === undefined ? null : String(info.host);
        if (host === null) finish(noHost());
        else {
          const platform = officePlatform(office);
          finish({ host, language: officeDisplayLanguage(office) ?? browserLanguage(), ...(platform ? { platform } : {}) });
        }
      },
      () => finish(noHost()),
    );
  });
}
