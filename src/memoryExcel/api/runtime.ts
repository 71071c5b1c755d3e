/** context.runtime: enableEvents (turn events off during bulk writes). */
import type { MemoryHost } from "../host";
import { ClientObject, type LoadArgument } from "./clientObject";

export class MemoryRuntime extends ClientObject<MemoryHost> implements Pick<Excel.Runtime, "enableEvents" | "load"> {
  protected readonly typeName = "Runtime";

  protected scalarProperties() {
    return { enableEvents: (host: MemoryHost) => host.eventsEnabled };
  }

  get enableEvents(): boolean {
    return this.get("enableEvents");
  }
  set enableEvents(value: boolean) {
    this.set("enableEvents", value, (host, v) => {
      host.eventsEnabled = !!v;
    });
  }

  load(arg?: LoadArgument): Excel.Runtime {
    this.loadThis(arg);
    return this as unknown as Excel.Runtime;
  }
}
