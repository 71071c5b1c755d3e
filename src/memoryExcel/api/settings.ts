/**
 * Workbook.settings: add(key, value), getItem (ItemNotFound), getItemOrNullObject; Setting.value.
 * Each add-in id has its own settings (WorkbookData.settings says why).
 */
import type { WorkbookData } from "../data/model";
import { fail } from "../errors";
import { ClientCollection } from "./clientCollection";
import { ClientObject, type LoadArgument } from "./clientObject";

/** A setting is its key; the value lives in this add-in's part of WorkbookData.settings. */
interface SettingTarget {
  store: Record<string, unknown>;
  key: string;
}

/** The settings one add-in id sees (made in the workbook only when `create`: reading changes nothing). */
export function settingsOf(wb: WorkbookData, addinId: string, create = false): Record<string, unknown> {
  return create ? (wb.settings[addinId] ??= {}) : (wb.settings[addinId] ?? {});
}

function json(value: unknown): unknown {
  if (value === undefined) return fail("InvalidArgument", "A setting needs a value.");
  return JSON.parse(JSON.stringify(value));
}

function present(resolve: () => SettingTarget | null): () => SettingTarget | null {
  return () => {
    const t = resolve();
    return t && Object.prototype.hasOwnProperty.call(t.store, t.key) ? t : null;
  };
}

export class MemorySetting extends ClientObject<SettingTarget> implements Pick<Excel.Setting, "key" | "value" | "delete" | "load"> {
  protected readonly typeName = "Setting";

  protected scalarProperties() {
    return { key: (t: SettingTarget) => t.key, value: (t: SettingTarget) => t.store[t.key] };
  }

  get key(): string {
    return this.get("key");
  }
  get value(): Excel.Setting["value"] {
    return this.get("value");
  }
  set value(value: Excel.Setting["value"]) {
    this.set("value", value, (t, v) => {
      t.store[t.key] = json(v);
    });
  }

  delete(): void {
    this.call("delete", [], (t) => {
      delete t.store[t.key];
    });
  }

  load(arg?: LoadArgument): Excel.Setting {
    this.loadThis(arg);
    return this as unknown as Excel.Setting;
  }
}

export class MemorySettingCollection
  extends ClientCollection<WorkbookData, SettingTarget, MemorySetting>
  implements Pick<Excel.SettingCollection, "add" | "getItem" | "getItemOrNullObject" | "getCount" | "load">
{
  protected readonly typeName = "SettingCollection";

  private store(wb: WorkbookData): Record<string, unknown> {
    return settingsOf(wb, this.ctx.host.addinId);
  }

  protected listTargets(wb: WorkbookData): SettingTarget[] {
    const store = this.store(wb);
    return Object.keys(store).map((key) => ({ store, key }));
  }

  protected makeItem(target: SettingTarget): MemorySetting {
    return new MemorySetting(
      this.ctx,
      present(() => target),
    );
  }

  get items(): Excel.Setting[] {
    return this.loaded as unknown as Excel.Setting[];
  }

  /** Adds or replaces a setting. */
  add(key: string, value: Parameters<Excel.SettingCollection["add"]>[1]): Excel.Setting {
    return this.bind(
      "add",
      [key, value],
      (wb) => {
        if (typeof key !== "string" || key === "") fail("InvalidArgument", "A setting needs a key.");
        const store = settingsOf(wb, this.ctx.host.addinId, true);
        store[key] = json(value);
        return { store, key };
      },
      (resolve) => new MemorySetting(this.ctx, present(resolve)),
    ) as unknown as Excel.Setting;
  }

  getItem(key: string): Excel.Setting {
    return this.bind(
      "getItem",
      [key],
      (wb) =>
        Object.prototype.hasOwnProperty.call(this.store(wb), key)
          ? { store: this.store(wb), key }
          : fail("ItemNotFound", `The requested resource doesn't exist: setting "${key}".`),
      (resolve) => new MemorySetting(this.ctx, present(resolve)),
    ) as unknown as Excel.Setting;
  }

  getItemOrNullObject(key: string): Excel.Setting {
    return this.bind(
      "getItemOrNullObject",
      [key],
      (wb) => (Object.prototype.hasOwnProperty.call(this.store(wb), key) ? { store: this.store(wb), key } : null),
      (resolve, nullable) => new MemorySetting(this.ctx, present(resolve), nullable),
      true,
    ) as unknown as Excel.Setting;
  }

  getCount(): OfficeExtension.ClientResult<number> {
    return this.countResult().asOffice();
  }

  load(arg?: LoadArgument): Excel.SettingCollection {
    this.loadCollection(arg);
    return this as unknown as Excel.SettingCollection;
  }
}
