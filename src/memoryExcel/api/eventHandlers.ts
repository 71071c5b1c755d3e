/**
 * OfficeExtension.EventHandlers for onChanged: add() registers the handler when the sync runs;
 * the workbook calls it after a sync (or a simulated user edit) that changed values.
 */
import type { ChangedHandler, HandlerRegistration } from "../host";
import type { MemoryRequestContext } from "../requestContext";

export class ChangedEventHandlers {
  constructor(
    private readonly ctx: MemoryRequestContext,
    /** "Worksheet.onChanged" or "WorksheetCollection.onChanged" */
    private readonly api: string,
    /** The sheet id at apply time, or null for every sheet. */
    private readonly sheetId: () => string | null,
  ) {}

  add(handler: ChangedHandler): OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs> {
    let registration: HandlerRegistration | undefined;
    const handlers = this.ctx.host.handlers;
    this.ctx.enqueue({
      objectId: 0,
      api: this.api,
      args: ["add"],
      apply: () => {
        registration = { sheetId: this.sheetId(), handler };
        handlers.push(registration);
      },
    });
    const result = {
      context: this.ctx,
      remove: () => {
        this.ctx.enqueue({
          objectId: 0,
          api: this.api,
          args: ["remove"],
          apply: () => {
            const i = registration ? handlers.indexOf(registration) : -1;
            if (i >= 0) handlers.splice(i, 1);
          },
        });
      },
    };
    return result as unknown as OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs>;
  }

  remove(handler: ChangedHandler): void {
    const handlers = this.ctx.host.handlers;
    this.ctx.enqueue({
      objectId: 0,
      api: this.api,
      args: ["remove"],
      apply: () => {
        const sheetId = this.sheetId();
        const i = handlers.findIndex((r) => r.handler === handler && r.sheetId === sheetId);
        if (i >= 0) handlers.splice(i, 1);
      },
    });
  }

  asOffice(): OfficeExtension.EventHandlers<Excel.WorksheetChangedEventArgs> {
    return this as unknown as OfficeExtension.EventHandlers<Excel.WorksheetChangedEventArgs>;
  }
}
