/**
 * Worksheet.comments (ExcelApi 1.10): the threaded comments of a sheet, each on one cell. Implemented:
 * add(cellAddress, content), items with `content`, getLocation(), getCount(). A comment moves with
 * nothing here (the double does not insert or delete cells).
 *
 * Sources: Excel.CommentCollection reference ("add(cellAddress, content, contentType)": "cellAddress
 * ... can be a Range object or a string. If it's a string, it must contain the full address, including
 * the sheet name. An InvalidArgument error is thrown if the provided range is larger than one cell.");
 * Excel.Comment reference (`content`, `getLocation()`). The double also takes a string without the
 * sheet name, on the comments' own sheet (unconfirmed: the reference asks for the sheet name).
 */
import { parseAddress } from "../data/address";
import { columnCount, rowCount } from "../data/area";
import type { CommentData, SheetData } from "../data/model";
import { findSheet } from "../data/sheets";
import { fail } from "../errors";
import { ClientCollection } from "./clientCollection";
import { ClientObject, type LoadArgument } from "./clientObject";
import { MemoryRange } from "./range";
import { type RangeTarget, whileAlive } from "./rangeTarget";

interface CommentTarget {
  sheet: SheetData;
  comment: CommentData;
}

export class MemoryComment extends ClientObject<CommentTarget> implements Pick<Excel.Comment, "content" | "getLocation" | "load"> {
  protected readonly typeName = "Comment";

  protected scalarProperties() {
    return { content: (t: CommentTarget) => t.comment.content };
  }

  get content(): string {
    return this.get("content");
  }

  getLocation(): Excel.Range {
    const wb = this.ctx.host.data;
    return this.bind(
      "getLocation",
      [],
      (t): RangeTarget => ({
        sheet: t.sheet,
        area: { top: t.comment.row, left: t.comment.col, bottom: t.comment.row, right: t.comment.col },
      }),
      (resolve, nullable) => new MemoryRange(this.ctx, whileAlive(wb, resolve), nullable),
    ) as unknown as Excel.Range;
  }

  load(arg?: LoadArgument): Excel.Comment {
    this.loadThis(arg);
    return this as unknown as Excel.Comment;
  }
}

export class MemoryCommentCollection
  extends ClientCollection<SheetData, CommentTarget, MemoryComment>
  implements Pick<Excel.CommentCollection, "add" | "getCount" | "load">
{
  protected readonly typeName = "CommentCollection";

  protected listTargets(sheet: SheetData): CommentTarget[] {
    return sheet.comments.map((comment) => ({ sheet, comment }));
  }

  protected makeItem(target: CommentTarget): MemoryComment {
    return new MemoryComment(this.ctx, () => (target.sheet.comments.includes(target.comment) ? target : null));
  }

  get items(): Excel.Comment[] {
    return this.loaded as unknown as Excel.Comment[];
  }

  add(cellAddress: Excel.Range | string, content?: string | Excel.CommentRichContent): Excel.Comment {
    return this.bind(
      "add",
      [typeof cellAddress === "string" ? cellAddress : "(range)", typeof content === "string" ? content : "(rich)"],
      (sheet): CommentTarget => {
        let at: RangeTarget;
        if (typeof cellAddress === "string") {
          const parsed = parseAddress(cellAddress);
          const on = parsed.sheet === undefined ? sheet : findSheet(this.ctx.host.data, parsed.sheet);
          if (!on) fail("InvalidArgument", `The cell address ${cellAddress} names no sheet of this workbook.`);
          at = { sheet: on, area: parsed.area };
        } else at = (cellAddress as unknown as ClientObject<RangeTarget>).target();
        if (rowCount(at.area) !== 1 || columnCount(at.area) !== 1) fail("InvalidArgument", "A comment goes on one cell.");
        const comment: CommentData = {
          row: at.area.top,
          col: at.area.left,
          content: typeof content === "string" ? content : (content?.richContent ?? ""),
        };
        at.sheet.comments.push(comment);
        return { sheet: at.sheet, comment };
      },
      (resolve) => new MemoryComment(this.ctx, resolve),
    ) as unknown as Excel.Comment;
  }

  getCount(): OfficeExtension.ClientResult<number> {
    return this.countResult().asOffice();
  }

  load(arg?: LoadArgument): Excel.CommentCollection {
    this.loadCollection(arg);
    return this as unknown as Excel.CommentCollection;
  }
}
