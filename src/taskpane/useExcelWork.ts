/**
 * The one way a pane step runs work against Excel: one piece at a time (queued, so the last thing
 * asked for is what the sheet and the pane end with), a busy state with progress, an error turned
 * into a sentence for the clerk with its cause kept, and nothing carried on after the step closes
 * (work still queued is dropped; work under way finishes in Excel but no longer touches the pane).
 */
import { useCallback, useEffect, useRef, useState } from "react";

export interface WorkProgress {
  done: number;
  total: number;
}

export interface Busy<K extends string> {
  kind: K;
  progress?: WorkProgress;
}

export interface WorkError {
  /** The sentence the pane shows. */
  message: string;
  /** What was thrown, for the console and for whoever debugs. */
  cause: unknown;
}

export interface ExcelWork<K extends string> {
  busy: Busy<K> | null;
  error: WorkError | null;
  /**
   * Queues `work`; resolves with its result, or undefined when it failed (the error is set) or
   * the step closed before its turn. `where` is passed to `describe` (the sheet concerned).
   */
  run<T>(kind: K, work: (progress: (p: WorkProgress) => void) => Promise<T>, where?: string): Promise<T | undefined>;
}

/** `describe` turns a thrown error into the clerk's sentence (the step's strings, its language). */
export function useExcelWork<K extends string>(describe: (e: unknown, where: string) => string): ExcelWork<K> {
  const [busy, setBusy] = useState<Busy<K> | null>(null);
  const [error, setError] = useState<WorkError | null>(null);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const open = useRef(true);
  const describeNow = useRef(describe);
  describeNow.current = describe;

  useEffect(() => {
    open.current = true;
    return () => {
      open.current = false;
    };
  }, []);

  const run = useCallback(<T>(kind: K, work: (progress: (p: WorkProgress) => void) => Promise<T>, where = ""): Promise<T | undefined> => {
    const next = queue.current.then(async () => {
      if (!open.current) return undefined;
      setBusy({ kind });
      try {
        const result = await work((progress) => open.current && setBusy({ kind, progress }));
        if (open.current) setError(null);
        return result;
      } catch (e) {
        if (open.current) setError({ message: describeNow.current(e, where), cause: e });
        return undefined;
      } finally {
        if (open.current) setBusy(null);
      }
    });
    queue.current = next;
    return next;
  }, []);

  return { busy, error, run };
}
