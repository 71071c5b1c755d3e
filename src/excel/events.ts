/**
 * The add-in's own writes run with events off, so that a re-check does not answer them (change
 * events carry no author: ours would look like anyone's).
 */

/**
 * Runs `work` with events off. `work` turns them back on in its last batch
 * (`context.runtime.enableEvents = true` before its final sync, so no extra sync is spent); if it
 * fails, this puts them back: events must not stay off for the user's workbook.
 */
export async function withEventsOff<T>(context: Excel.RequestContext, work: () => Promise<T>): Promise<T> {
  context.runtime.enableEvents = false;
  try {
    return await work();
  } catch (e) {
    try {
      context.runtime.enableEvents = true;
      await context.sync();
    } catch {
      // The original error is the one to report.
    }
    throw e;
  }
}
