/** Range.dataValidation: the rule (list dropdowns sourced from a range or an inline list), clear(). */
import { sheetAddress } from "../data/address";
import { intersects } from "../data/area";
import { assertEditable } from "../data/protection";
import { checkRule, clearValidation, ruleType, setRule, validationOf } from "../data/validations";
import { ClientObject, type LoadArgument } from "./clientObject";
import type { RangeTarget } from "./rangeTarget";

/** A list source may be a Range proxy: it becomes "=Sheet!$A$1:$A$9". */
function plainRule(rule: Excel.DataValidationRule): Excel.DataValidationRule {
  const source = rule?.list?.source as unknown;
  if (source instanceof ClientObject) {
    const t = (source as ClientObject<RangeTarget>).target();
    return { ...rule, list: { ...rule.list!, source: `=${sheetAddress(t.sheet.name, t.area, true)}` } };
  }
  return rule;
}

/** Excel's alert for a value not in the rule: a Stop message. */
const DEFAULT_ALERT: Excel.DataValidationErrorAlert = { showAlert: true, style: "Stop", title: "", message: "" };

export class MemoryDataValidation
  extends ClientObject<RangeTarget>
  implements Pick<Excel.DataValidation, "rule" | "type" | "ignoreBlanks" | "errorAlert" | "clear" | "load">
{
  protected readonly typeName = "DataValidation";

  protected scalarProperties() {
    return {
      rule: (t: RangeTarget) => {
        const v = validationOf(t.sheet, t.area);
        return v === "none" ? {} : v === "mixed" ? null : v.rule;
      },
      type: (t: RangeTarget) => {
        const v = validationOf(t.sheet, t.area);
        return v === "none" ? "None" : v === "mixed" ? "Inconsistent" : ruleType(v.rule);
      },
      errorAlert: (t: RangeTarget) => {
        const v = validationOf(t.sheet, t.area);
        return typeof v === "string" ? { ...DEFAULT_ALERT } : { ...DEFAULT_ALERT, ...v.errorAlert };
      },
      ignoreBlanks: (t: RangeTarget) => {
        const v = validationOf(t.sheet, t.area);
        return typeof v === "string" ? true : v.ignoreBlanks;
      },
    };
  }

  get rule(): Excel.DataValidationRule {
    return this.get("rule");
  }
  set rule(value: Excel.DataValidationRule) {
    this.set("rule", value, (t, v) => {
      const rule = plainRule(v);
      checkRule(rule);
      assertEditable(t.sheet, t.area, "structure");
      const current = validationOf(t.sheet, t.area);
      setRule(
        t.sheet,
        t.area,
        rule,
        typeof current === "string" ? true : current.ignoreBlanks,
        typeof current === "string" ? undefined : current.errorAlert,
      );
    });
  }

  get type(): Excel.DataValidation["type"] {
    return this.get("type");
  }

  /** ExcelApi 1.8. Set after the rule: it applies to the rules the range has. */
  get errorAlert(): Excel.DataValidationErrorAlert {
    return this.get("errorAlert");
  }
  set errorAlert(value: Excel.DataValidationErrorAlert) {
    this.set("errorAlert", value, (t, v) => {
      assertEditable(t.sheet, t.area, "structure");
      for (const validation of t.sheet.validations) {
        if (intersects(validation.area, t.area)) validation.errorAlert = { ...DEFAULT_ALERT, ...validation.errorAlert, ...v };
      }
    });
  }

  get ignoreBlanks(): boolean {
    return this.get("ignoreBlanks");
  }
  set ignoreBlanks(value: boolean) {
    this.set("ignoreBlanks", value, (t, v) => {
      for (const validation of t.sheet.validations) if (intersects(validation.area, t.area)) validation.ignoreBlanks = v;
    });
  }

  clear(): void {
    this.call("clear", [], (t) => {
      assertEditable(t.sheet, t.area, "structure");
      clearValidation(t.sheet, t.area);
    });
  }

  load(arg?: LoadArgument): Excel.DataValidation {
    this.loadThis(arg);
    return this as unknown as Excel.DataValidation;
  }
}
