/** OfficeExtension.ClientResult: a method's value, readable after sync. */
import { notLoaded } from "./clientObject";

export class ClientResult<V> {
  private loaded = false;
  private current: V | undefined;

  get value(): V {
    if (!this.loaded) throw notLoaded("ClientResult", "value");
    return this.current as V;
  }

  /** @internal */
  resolve(value: V): void {
    this.current = value;
    this.loaded = true;
  }

  /** Typed as Office.js's ClientResult. */
  asOffice(): OfficeExtension.ClientResult<V> {
    return this as unknown as OfficeExtension.ClientResult<V>;
  }
}
