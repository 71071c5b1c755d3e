/**
 * The proxy base, like OfficeExtension.ClientObject: properties read from what the last load()
 * brought back (PropertyNotLoaded otherwise, thrown at the read), writes and method calls queued
 * as operations, objects returned by methods bound in queue order (ItemNotFound at sync, or a null
 * object for *OrNullObject methods).
 */
import { fail, MemoryExcelError } from "../errors";
import type { MemoryRequestContext, OperationResult } from "../requestContext";

/** What load() takes: "a, b/c", ["a", "b/c"], { select: "a,b" }, or Excel's load-options objects. */
export type LoadArgument = string | string[] | { select?: string | string[]; expand?: string | string[] } | object;

export function notLoaded(type: string, property: string): MemoryExcelError {
  return new MemoryExcelError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object (${type}) and sync the request context.`,
  );
}

function copy<V>(value: V): V {
  return value !== null && typeof value === "object" ? (JSON.parse(JSON.stringify(value)) as V) : value;
}

/** Turns a load argument into paths such as "values" and "format/fill/color"; [] means every scalar. */
export function loadPaths(arg: LoadArgument | undefined): string[] {
  if (arg === undefined || arg === null) return [];
  if (typeof arg === "string")
    return arg
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean);
  if (Array.isArray(arg)) return arg.flatMap((a) => loadPaths(a as string));
  const o = arg as Record<string, unknown>;
  if ("select" in o || "expand" in o) return [...loadPaths(o.select as string | undefined), ...loadPaths(o.expand as string | undefined)];
  return Object.entries(o).flatMap(([key, value]) => {
    if (key === "$all") return value ? ["*"] : [];
    if (value === true) return [key];
    if (value && typeof value === "object") return loadPaths(value).map((p) => (p === "*" ? key : `${key}/${p}`));
    return [];
  });
}

/** Holds the target an object-returning method found when its operation ran. */
export interface Binding<T> {
  bound: boolean;
  value: T | null;
}

export abstract class ClientObject<T> {
  readonly context: Excel.RequestContext;
  protected readonly ctx: MemoryRequestContext;
  protected readonly objectId: number;
  private readonly cache = new Map<string, unknown>();
  private nullState: boolean | undefined;
  /** Office.js class name, used for requirement sets and messages. */
  protected abstract readonly typeName: string;

  constructor(
    ctx: MemoryRequestContext,
    private readonly resolveTarget: () => T | null,
    protected readonly nullable = false,
  ) {
    this.ctx = ctx;
    this.context = ctx as unknown as Excel.RequestContext;
    this.objectId = ctx.newObjectId();
  }

  /** The scalar properties load() can fetch, read from the target. */
  protected abstract scalarProperties(): Record<string, (target: T) => unknown>;

  /** Navigation properties a load path may go through ("format" in "format/fill/color"). */
  protected navigationProperties(): Record<string, ClientObject<unknown>> {
    return {};
  }

  get isNullObject(): boolean {
    if (!this.nullable) return false;
    if (this.nullState === undefined) throw notLoaded(this.typeName, "isNullObject");
    return this.nullState;
  }

  /** The target at apply time; ItemNotFound when the object does not exist. */
  target(): T {
    const t = this.resolveTarget();
    return t ?? fail("ItemNotFound", `The requested resource doesn't exist (${this.typeName}).`);
  }

  tryTarget(): T | null {
    return this.resolveTarget();
  }

  /** Reads a loaded (or locally set) property; PropertyNotLoaded otherwise. */
  protected get<V>(name: string): V {
    if (this.cache.has(name)) return this.cache.get(name) as V;
    if (this.nullState === true) return null as V;
    throw notLoaded(this.typeName, name);
  }

  /** Sets a property: visible locally at once, applied to the document at sync. */
  protected set<V>(name: string, value: V, apply: (target: T, value: V) => void): void {
    this.cache.set(name, value);
    this.call(name, [value], (t) => apply(t, value));
  }

  /** Queues a method call (or property write) on this object. */
  protected call(member: string, args: unknown[], apply: (target: T) => OperationResult | void): void {
    this.ctx.enqueue({ objectId: this.objectId, api: `${this.typeName}.${member}`, args, apply: () => apply(this.target()) });
  }

  /**
   * Creates the object a method returns, bound when the queued operation runs: `find` throws
   * ItemNotFound (or returns null for an *OrNullObject method, giving a null object).
   */
  protected bind<U, C extends ClientObject<U>>(
    member: string,
    args: unknown[],
    find: (target: T) => U | null,
    make: (resolve: () => U | null, nullable: boolean) => C,
    nullable = false,
  ): C {
    const binding: Binding<U> = { bound: false, value: null };
    const child = make(() => binding.value, nullable);
    this.ctx.enqueue({
      objectId: this.objectId,
      api: `${this.typeName}.${member}`,
      args,
      apply: () => {
        binding.value = find(this.target());
        binding.bound = true;
        if (binding.value === null && !nullable) fail("ItemNotFound", `The requested resource doesn't exist (${this.typeName}.${member}).`);
        const isNull = binding.value === null;
        return nullable ? { response: { isNull }, commit: () => child.markNull(isNull) } : undefined;
      },
    });
    return child;
  }

  /** @internal */
  markNull(isNull: boolean): void {
    this.nullState = isNull;
  }

  /** @internal Stores loaded values (used by collections filling their items). */
  fillLoaded(snapshot: Record<string, unknown>): void {
    for (const [k, v] of Object.entries(snapshot)) this.cache.set(k, v);
    this.nullState = false;
  }

  /** @internal Reads the requested scalar properties from a target. */
  snapshot(target: T, names: string[]): Record<string, unknown> {
    const scalars = this.scalarProperties();
    const out: Record<string, unknown> = {};
    for (const name of names.length ? names : Object.keys(scalars)) out[name] = copy(scalars[name](target));
    return out;
  }

  /**
   * @internal Reads load paths ("values", "format/fill/color", "*" for every scalar) from the target
   * now, going through navigation properties: the response, and the commit that fills this object
   * and the children the paths go through. A load() and each member of a collection load use it.
   */
  loadNow(paths: string[]): { response: unknown; commit: () => void } {
    const t = this.tryTarget();
    if (t === null) {
      if (!this.nullable) fail("ItemNotFound", `The requested resource doesn't exist (${this.typeName}).`);
      return { response: { isNull: true }, commit: () => this.markNull(true) };
    }
    const scalars = this.scalarProperties();
    const navigations = this.navigationProperties();
    const all = paths.length === 0 || paths.includes("*");
    const own: string[] = [];
    const below = new Map<string, string[]>();
    for (const path of paths) {
      if (path === "*") continue;
      const [head, ...rest] = path.split("/");
      if (head in navigations) below.set(head, [...(below.get(head) ?? []), ...(rest.length ? [rest.join("/")] : [])]);
      else if (head in scalars && rest.length === 0) own.push(head);
      else fail("InvalidArgument", `${this.typeName} has no property "${path}" to load.`);
    }
    const snapshot = all ? this.snapshot(t, []) : own.length > 0 ? this.snapshot(t, own) : {};
    const children = [...below].map(([name, rest]) => [name, navigations[name].loadNow(rest)] as const);
    return {
      response: { ...snapshot, ...Object.fromEntries(children.map(([name, c]) => [name, c.response])) },
      commit: () => {
        this.fillLoaded(snapshot);
        for (const [, c] of children) c.commit();
      },
    };
  }

  /** @internal Queues a load of these paths (see loadNow). */
  loadPaths(paths: string[]): void {
    this.ctx.enqueue({ objectId: this.objectId, api: `${this.typeName}.load`, args: paths, apply: () => this.loadNow(paths) });
  }

  protected loadThis(arg?: LoadArgument): void {
    this.loadPaths(loadPaths(arg));
  }

  /** track()/untrack(): nothing to do in memory, kept so Office.js code runs unchanged. */
  track(): this {
    return this;
  }

  untrack(): this {
    return this;
  }

  /** What has been loaded, as Office.js toJSON() gives it. */
  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.cache);
  }
}
