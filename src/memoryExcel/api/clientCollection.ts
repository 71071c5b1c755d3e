/** Collections (worksheets, tables, names, settings, …): `items` after load, getCount(). */
import { fail } from "../errors";
import { ClientObject, notLoaded, type LoadArgument, loadPaths } from "./clientObject";
import { ClientResult } from "./clientResult";

export abstract class ClientCollection<T, I, Item extends ClientObject<I>> extends ClientObject<T> {
  private loadedItems: Item[] | undefined;

  /** The targets of the collection's members, in order, at apply time. */
  protected abstract listTargets(target: T): I[];
  /** A proxy for one member, bound to that target. */
  protected abstract makeItem(target: I): Item;

  protected scalarProperties(): Record<string, (target: T) => unknown> {
    return {};
  }

  /** The loaded members. */
  protected get loaded(): Item[] {
    if (!this.loadedItems) throw notLoaded(this.typeName, "items");
    return this.loadedItems;
  }

  /** `load("items/name")`, `load("name")`, `load("items")`, `load()`: loads the members' properties. */
  override loadPaths(paths: string[]): void {
    const ownScalars = this.scalarProperties();
    const own = paths.filter((p) => p in ownScalars);
    if (own.length > 0) super.loadPaths(own);
    const itemPaths = paths.filter((p) => !(p in ownScalars)).flatMap((p) => (p === "items" ? [] : [p.replace(/^items\//, "")]));
    if (paths.length > 0 && own.length === paths.length) return;
    this.ctx.enqueue({
      objectId: this.objectId,
      api: `${this.typeName}.load`,
      args: paths,
      apply: () => {
        const target = this.tryTarget();
        if (target === null) {
          if (!this.nullable) fail("ItemNotFound", `The requested resource doesn't exist (${this.typeName}).`);
          return { response: { isNull: true }, commit: () => ((this.loadedItems = []), this.markNull(true)) };
        }
        const targets = this.listTargets(target);
        const items = targets.map((t) => this.makeItem(t));
        const loads = items.map((item) => item.loadNow(itemPaths));
        return {
          response: loads.map((l) => l.response),
          commit: () => {
            loads.forEach((l) => l.commit());
            this.loadedItems = items;
          },
        };
      },
    });
  }

  protected loadCollection(arg?: LoadArgument): void {
    this.loadPaths(loadPaths(arg));
  }

  /** getCount(): a ClientResult whose value arrives at sync. */
  protected countResult(): ClientResult<number> {
    const result = new ClientResult<number>();
    this.call("getCount", [], (t) => {
      const n = this.listTargets(t).length;
      return { response: { value: n }, commit: () => result.resolve(n) };
    });
    return result;
  }
}
