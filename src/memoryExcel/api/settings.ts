/** Workbook.settings: add(key, value), getItem (ItemNotFound), getItemOrNullObject; Setting.value. */
import type { WorkbookData } from "../data/model";
import { fail } from "../errors";
import { ClientCollection } from "./clientCollection";
import { ClientObject, type LoadArgument } from "./clientObject";

/** A setting is its key; the value lives in WorkbookData.settings. */
interface SettingTarget {
  wb: WorkbookData;
  key: string;
}

function json(value: unknown): unknown {
  if (value === undefined) return fail("InvalidArgument", "A setting needs a value.");
  return JSON.parse(JSON.stringify(value));
}

function present(resolve: () => SettingTarget | null): () => SettingTarget | null {
  return () => {
    const t = resolve();
    return t && Object.prototype.hasOwnProperty.call(t.wb.settings, t.key) ? t : null;
  };
}

export class MemorySetting extends ClientObject<SettingTarget> implements Pick<Excel.Setting, "key" | "value" | "delete" | "load"> {
  protected readonly typeName = "Setting";

  protected scalarProperties() {
    return { key: (t: SettingTarget) => t.key, value: (t: SettingTarget) => t.wb.settings[t.key] };
  }

  get key(): string {
    return this.get("key");
  }
  get value(): Excel.Setting["value"] {
    return this.get("value");
  }
  set value(value: Excel.Setting["value"]) {
    this.set("value", value, (t, v) => {
      t.wb.settings[t.key] = json(v);
    });
  }

  delete(): void {
    this.call("delete", [], (t) => {
      delete t.wb.settings[t.key];
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

  protected listTargets(wb: WorkbookData): SettingTarget[] {
    return Object.keys(wb.settings).map((key) => ({ wb, key }));
  }

  protected makeItem(target: SettingTarget): MemorySetting {
    return new MemorySetting(this.ctx, present(() => target));
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
        wb.settings[key] = json(value);
        return { wb, key };
      },
      (resolve) => new MemorySetting(this.ctx, present(resolve)),
    ) as unknown as Excel.Setting;
  }

  getItem(key: string): Excel.Setting {
    return this.bind(
      "getItem",
      [key],
      (wb) => (Object.prototype.hasOwnProperty.call(wb.settings, key) ? { wb, key } : fail("ItemNotFound", `The requested resource doesn't exist: setting "${key}".`)),
      (resolve) => new MemorySetting(this.ctx, present(resolve)),
    ) as unknown as Excel.Setting;
  }

  getItemOrNullObject(key: string): Excel.Setting {
    return this.bind(
      "getItemOrNullObject",
      [key],
      (wb) => (Object.prototype.hasOwnProperty.call(wb.settings, key) ? { wb, key } : null),
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
