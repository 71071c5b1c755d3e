/** @jest-environment jsdom */
/**
 * Offline checks of manifest.xml (no network, no Office): well-formed XML; child elements in the
 * order the schema's xs:sequence lists them (OfficeAppManifestV1_1.xsd, TaskPaneAppVersionOverridesV1_0.xsd,
 * OfficeAppBasicTypesV1_0.xsd); every resid resolves to a resource of the right kind; zh-TW overrides;
 * every https://localhost:3000/ URL names a file the webpack build emits (read from webpack.config.js,
 * not by running a build); the icons are PNGs of the stated size.
 */
import * as fs from "fs";
import * as path from "path";

const ROOT = path.resolve(__dirname, "..");
const ORIGIN = "https://localhost:3000/";

const NS = {
  app: "http://schemas.microsoft.com/office/appforoffice/1.1",
  ov: "http://schemas.microsoft.com/office/taskpaneappversionoverrides",
  bt: "http://schemas.microsoft.com/office/officeappbasictypes/1.0",
  xsi: "http://www.w3.org/2001/XMLSchema-instance",
};

const xml = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");

function parse(text: string): Document {
  return new DOMParser().parseFromString(text, "application/xml");
}
const doc = parse(xml);
const root = doc.documentElement;

// ---- small DOM helpers ----

const kids = (el: Element): Element[] => Array.from(el.children);
const kid = (el: Element, name: string): Element => {
  const found = kids(el).filter((c) => c.localName === name);
  if (found.length !== 1) throw new Error(`<${el.localName}> has ${found.length} <${name}> children, expected 1`);
  return found[0];
};
const path_ = (el: Element, ...names: string[]): Element => names.reduce(kid, el);
const xsiType = (el: Element) => el.getAttributeNS(NS.xsi, "type");
const all = (el: Element | Document): Element[] => Array.from(el.getElementsByTagName("*"));

/**
 * The children of `parent` follow `order` (an xs:sequence): nothing outside it, in order, each at most
 * once unless `repeatable`, and every `required` one present.
 */
function expectSequence(parent: Element, order: string[], required: string[], repeatable: string[] = []) {
  const names = kids(parent).map((c) => c.localName);
  const where = `<${parent.localName}${parent.id ? ` id="${parent.id}"` : ""}>`;
  expect({ where, unknown: names.filter((n) => !order.includes(n)) }).toEqual({ where, unknown: [] });
  const positions = names.map((n) => order.indexOf(n));
  expect({ where, names }).toEqual({ where, names: [...names].sort((a, b) => order.indexOf(a) - order.indexOf(b)) });
  for (let i = 1; i < positions.length; i++) {
    if (positions[i] === positions[i - 1] && !repeatable.includes(names[i])) {
      throw new Error(`${where}: <${names[i]}> may appear only once`);
    }
  }
  expect({ where, missing: required.filter((r) => !names.includes(r)) }).toEqual({ where, missing: [] });
}

// ---- what the webpack build emits, from its configuration ----

interface EmittedFiles {
  files: Set<string>;
  config: {
    entry: Record<string, string>;
    output: { path: string; filename: string };
    plugins: unknown[];
    devServer?: { port?: number };
  };
}

function listFiles(dir: string, prefix = ""): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((d) => (d.isDirectory() ? listFiles(path.join(dir, d.name), `${prefix}${d.name}/`) : [`${prefix}${d.name}`]));
}

function webpackEmits(): EmittedFiles {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const factory = require(path.join(ROOT, "webpack.config.js"));
  const config = factory({}, { mode: "production" });
  const files = new Set<string>();
  for (const name of Object.keys(config.entry)) files.add(config.output.filename.replace("[name]", name));
  for (const plugin of config.plugins) {
    const ctor = plugin.constructor.name;
    if (ctor === "HtmlWebpackPlugin") {
      const { filename, template } = plugin.userOptions;
      expect(fs.existsSync(path.join(ROOT, template))).toBe(true);
      files.add(filename);
    } else if (ctor === "CopyPlugin" || ctor === "CopyWebpackPlugin") {
      for (const pattern of plugin.patterns) {
        const from = path.resolve(ROOT, pattern.from); // a pattern may name a file in node_modules by its absolute path
        const to = (pattern.to ?? "").replace(/\/$/, "");
        if (fs.statSync(from).isDirectory()) {
          for (const f of listFiles(from)) files.add(to ? `${to}/${f}` : f);
        } else {
          files.add(to || path.basename(from));
        }
      }
    }
  }
  return { files, config };
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const b = fs.readFileSync(file);
  expect(b.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(b.toString("ascii", 12, 16)).toBe("IHDR");
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

const hasHan = (s: string | null) => !!s && /\p{Script=Han}/u.test(s);

// ---- the checks ----

describe("manifest.xml", () => {
  it("is well-formed XML (and the check would notice if it were not)", () => {
    expect(doc.getElementsByTagName("parsererror")).toHaveLength(0);
    expect(parse("<a><b></a>").getElementsByTagName("parsererror").length).toBeGreaterThan(0);
    expect(root.localName).toBe("OfficeApp");
    expect(root.namespaceURI).toBe(NS.app);
    expect(xsiType(root)).toBe("TaskPaneApp");
  });

  it("has the top-level elements in the order of the TaskPaneApp schema", () => {
    expectSequence(
      root,
      [
        "Id",
        "AlternateId",
        "Version",
        "ProviderName",
        "DefaultLocale",
        "DisplayName",
        "Description",
        "IconUrl",
        "HighResolutionIconUrl",
        "SupportUrl",
        "AppDomains",
        "Hosts", // OfficeApp
        "Requirements",
        "DefaultSettings",
        "Permissions",
        "Dictionary",
        "VersionOverrides",
        "Signature", // TaskPaneApp
      ],
      [
        "Id",
        "Version",
        "ProviderName",
        "DefaultLocale",
        "DisplayName",
        "Description",
        "IconUrl",
        "HighResolutionIconUrl",
        "Hosts",
        "Requirements",
        "DefaultSettings",
        "Permissions",
        "VersionOverrides",
      ],
    );
    // VersionOverrides is the one element from another namespace (xs:element ref="taskpanor:VersionOverrides").
    for (const el of kids(root))
      expect([el.localName, el.namespaceURI]).toEqual([el.localName, el.localName === "VersionOverrides" ? NS.ov : NS.app]);
  });

  it("has a fixed GUID id, a version, en-US default locale, Excel host, ExcelApi 1.9 and ReadWriteDocument", () => {
    expect(kid(root, "Id").textContent).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(kid(root, "Version").textContent).toMatch(/^[0-9]{1,5}(\.[0-9]{1,5}){0,3}$/);
    expect(kid(root, "DefaultLocale").textContent).toBe("en-US");
    expect(kids(kid(root, "Hosts")).map((h) => h.getAttribute("Name"))).toEqual(["Workbook"]);
    const requirements = kid(root, "Requirements");
    expectSequence(requirements, ["Sets", "Methods"], ["Sets"]);
    const sets = kids(kid(requirements, "Sets")).map((s) => [s.getAttribute("Name"), s.getAttribute("MinVersion")]);
    expect(sets).toEqual([["ExcelApi", "1.9"]]);
    expect(kid(root, "Permissions").textContent).toBe("ReadWriteDocument");
    expectSequence(kid(root, "DefaultSettings"), ["SourceLocation"], ["SourceLocation"]);
    expect(path_(root, "DefaultSettings", "SourceLocation").getAttribute("DefaultValue")).toBe(`${ORIGIN}taskpane.html`);
  });

  it("has zh-TW overrides for DisplayName and Description, within the schema's lengths", () => {
    for (const [name, max] of [
      ["DisplayName", 125],
      ["Description", 250],
    ] as const) {
      const el = kid(root, name);
      const value = el.getAttribute("DefaultValue") ?? "";
      expect(value.length).toBeGreaterThan(0);
      expect(value.length).toBeLessThanOrEqual(max);
      const zh = kids(el).filter((o) => o.localName === "Override" && o.getAttribute("Locale") === "zh-TW");
      expect(zh).toHaveLength(1);
      expect(hasHan(zh[0].getAttribute("Value"))).toBe(true);
      expect((zh[0].getAttribute("Value") ?? "").length).toBeLessThanOrEqual(max);
    }
    expect(path_(root, "DisplayName", "Override").getAttribute("Value")).toBe("提升服務計畫助手");
  });

  describe("VersionOverrides", () => {
    // Looked up inside each test, so that a broken manifest fails tests rather than the suite's set-up.
    const vo = () => kid(root, "VersionOverrides");
    const resources = () => kid(vo(), "Resources");

    it("is VersionOverridesV1_0 in the task-pane overrides namespace, elements in schema order", () => {
      expect(vo().namespaceURI).toBe(NS.ov);
      expect(xsiType(vo())).toBe("VersionOverridesV1_0");
      expectSequence(
        vo(),
        ["Description", "Requirements", "Hosts", "Resources", "WebApplicationInfo", "EquivalentAddins", "VersionOverrides"],
        ["Hosts", "Resources"],
      );
      const host = kid(kid(vo(), "Hosts"), "Host");
      expect(xsiType(host)).toBe("Workbook");
      expectSequence(host, ["AllFormFactors", "DesktopFormFactor"], ["DesktopFormFactor"]);
      const desktop = kid(host, "DesktopFormFactor");
      expectSequence(desktop, ["GetStarted", "FunctionFile", "ExtensionPoint"], ["FunctionFile", "ExtensionPoint"], ["ExtensionPoint"]);
      expectSequence(kid(desktop, "GetStarted"), ["Title", "Description", "LearnMoreUrl"], ["Title", "Description", "LearnMoreUrl"]);
      expectSequence(resources(), ["Images", "Urls", "ShortStrings", "LongStrings"], ["Images", "Urls", "ShortStrings", "LongStrings"]);
    });

    it("puts a button on the Home tab, in a custom group, that opens the task pane", () => {
      const desktop = path_(vo(), "Hosts", "Host", "DesktopFormFactor");
      const point = kid(desktop, "ExtensionPoint");
      expect(xsiType(point)).toBe("PrimaryCommandSurface");
      expectSequence(point, ["OfficeTab", "CustomTab"], ["OfficeTab"], ["OfficeTab", "CustomTab"]);
      const tab = kid(point, "OfficeTab");
      expect(tab.getAttribute("id")).toBe("TabHome");
      const group = kid(tab, "Group");
      expect(group.getAttribute("id")).toBeTruthy();
      expectSequence(group, ["Label", "Icon", "Control"], ["Label", "Icon", "Control"], ["Control"]);
      const button = kid(group, "Control");
      expect(xsiType(button)).toBe("Button");
      expect(button.getAttribute("id")).toBeTruthy();
      expectSequence(button, ["Label", "Supertip", "Icon", "Action"], ["Label", "Supertip", "Icon", "Action"]);
      expectSequence(kid(button, "Supertip"), ["Title", "Description"], ["Title", "Description"]);
      const action = kid(button, "Action");
      expect(xsiType(action)).toBe("ShowTaskpane");
      expectSequence(action, ["TaskpaneId", "SourceLocation", "Title"], ["SourceLocation"]);
      for (const icon of [kid(group, "Icon"), kid(button, "Icon")]) {
        expectSequence(icon, ["Image"], ["Image"], ["Image"]);
        for (const img of kids(icon)) expect(img.namespaceURI).toBe(NS.bt);
        expect(kids(icon).map((i) => i.getAttribute("size"))).toEqual(["16", "32", "80"]);
      }
    });

    it("resolves every resid to a resource of the right kind, and uses every resource", () => {
      const collection = (name: string) => {
        const el = kid(resources(), name);
        expect(el.namespaceURI).toBe(NS.bt);
        return new Map(kids(el).map((r) => [r.getAttribute("id") ?? "", r]));
      };
      const kinds = {
        image: collection("Images"),
        url: collection("Urls"),
        short: collection("ShortStrings"),
        long: collection("LongStrings"),
      };
      // Which collection a reference points into, by the referring element (ResourceReference types in the XSD).
      const kindOf = (el: Element): keyof typeof kinds => {
        switch (el.localName) {
          case "Image":
            return "image";
          case "SourceLocation":
          case "FunctionFile":
          case "LearnMoreUrl":
            return "url";
          case "Label":
          case "Title":
            return "short";
          case "Description":
            return "long";
          default:
            throw new Error(`unexpected resid on <${el.localName}>`);
        }
      };
      const refs = all(kid(vo(), "Hosts")).filter((el) => el.hasAttribute("resid"));
      expect(refs.length).toBeGreaterThan(0);
      const unresolved = refs
        .filter((el) => !kinds[kindOf(el)].has(el.getAttribute("resid") ?? ""))
        .map((el) => `<${el.localName} resid="${el.getAttribute("resid")}">`);
      expect(unresolved).toEqual([]);
      const used = new Set(refs.map((el) => el.getAttribute("resid")));
      const unused = Object.values(kinds).flatMap((m) => [...m.keys()].filter((id) => !used.has(id)));
      expect(unused).toEqual([]);
      const ids = Object.values(kinds).flatMap((m) => [...m.keys()]);
      expect(new Set(ids).size).toBe(ids.length);
      // ReferenceId: 1 to 32 characters.
      expect(ids.filter((id) => id.length < 1 || id.length > 32)).toEqual([]);
    });

    it("has a zh-TW override for every string resource, within the schema's lengths", () => {
      const missing: string[] = [];
      for (const [name, max] of [
        ["ShortStrings", 125],
        ["LongStrings", 250],
      ] as const) {
        for (const s of kids(kid(resources(), name))) {
          const id = s.getAttribute("id");
          const value = s.getAttribute("DefaultValue") ?? "";
          expect({ id, ok: value.length > 0 && value.length <= max }).toEqual({ id, ok: true });
          const zh = kids(s).filter((o) => o.localName === "Override" && o.getAttribute("Locale") === "zh-TW");
          if (zh.length !== 1 || !hasHan(zh[0].getAttribute("Value"))) missing.push(`${name}/${id}`);
          else expect({ id, ok: (zh[0].getAttribute("Value") ?? "").length <= max }).toEqual({ id, ok: true });
          for (const o of kids(s)) expect(o.namespaceURI).toBe(NS.bt);
        }
      }
      expect(missing).toEqual([]);
    });

    it("points the button at taskpane.html and the function file at commands.html", () => {
      const urls = new Map(kids(kid(resources(), "Urls")).map((u) => [u.getAttribute("id"), u.getAttribute("DefaultValue")]));
      const desktop = path_(vo(), "Hosts", "Host", "DesktopFormFactor");
      const action = path_(desktop, "ExtensionPoint", "OfficeTab", "Group", "Control", "Action");
      expect(urls.get(kid(action, "SourceLocation").getAttribute("resid"))).toBe(`${ORIGIN}taskpane.html`);
      expect(urls.get(kid(desktop, "FunctionFile").getAttribute("resid"))).toBe(`${ORIGIN}commands.html`);
    });
  });

  describe("URLs and the webpack build", () => {
    const { files, config } = webpackEmits();
    const urls = all(doc)
      .flatMap((el) => ["DefaultValue", "Value"].map((a) => el.getAttribute(a)))
      .filter((v): v is string => !!v && /^[a-z]+:\/\//i.test(v));

    it("reads what webpack emits from its config: the pages, their bundles, the icons, the manifest", () => {
      // contract: the developers' page (not in the manifest; reached from the pane by a key chord).
      expect(Object.keys(config.entry).sort()).toEqual(["commands", "contract", "taskpane"]);
      expect(path.relative(ROOT, config.output.path)).toBe("dist");
      expect(config.devServer?.port).toBe(3000);
      for (const f of [
        "taskpane.html",
        "taskpane.js",
        "commands.html",
        "commands.js",
        "contract.html",
        "contract.js",
        "manifest.xml",
        "assets/icon-16.png",
      ]) {
        expect(files).toContain(f);
      }
    });

    it("uses only https://localhost:3000/ URLs, each a file the build emits", () => {
      expect(urls.length).toBeGreaterThan(0);
      const bad = urls.filter((u) => !u.startsWith(ORIGIN) || !files.has(u.slice(ORIGIN.length)));
      expect(bad).toEqual([]);
    });

    it("has icons that are PNGs of the size each place asks for", () => {
      const file = (url: string | null) => path.join(ROOT, (url ?? "").slice(ORIGIN.length));
      const square = (n: number) => ({ width: n, height: n });
      expect(pngSize(file(kid(root, "IconUrl").getAttribute("DefaultValue")))).toEqual(square(64));
      expect(pngSize(file(kid(root, "HighResolutionIconUrl").getAttribute("DefaultValue")))).toEqual(square(128));
      const images = new Map(
        kids(path_(root, "VersionOverrides", "Resources", "Images")).map((i) => [i.getAttribute("id"), i.getAttribute("DefaultValue")]),
      );
      const refs = all(kid(root, "VersionOverrides")).filter((el) => el.localName === "Image" && el.hasAttribute("size"));
      expect(refs.length).toBe(6);
      for (const ref of refs) {
        const size = Number(ref.getAttribute("size"));
        expect({ ref: ref.getAttribute("resid"), ...pngSize(file(images.get(ref.getAttribute("resid")) ?? null)) }).toEqual({
          ref: ref.getAttribute("resid"),
          ...square(size),
        });
      }
    });
  });
});
