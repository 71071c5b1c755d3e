/** The add-in's own writes run with events off (a re-check must not answer them); this puts them back. */

/** After a failed batch: events must not stay off for the user's workbook. */
export async function reenableEvents(context: Excel.RequestContext): Promise<void> {
  try {
    context.runtime.enableEvents = true;
    await context.sync();
  } catch {
    // The original error is the one to report.
  }
}
