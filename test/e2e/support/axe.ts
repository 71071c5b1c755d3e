/**
 * axe-core over part of a page, as a list of "rule: help (node)" lines (empty when clean).
 *
 * One known false positive is left out, and only it: Fluent UI v9's focus management (Tabster, used by
 * TabList, Toolbar, …) inserts focus guards, `<i tabindex="0" aria-hidden="true" data-tabster-dummy>`,
 * that hand focus on at once; axe reports them under aria-hidden-focus. Fluent lists this as a known
 * issue, and Microsoft's Accessibility Insights suppresses exactly these nodes
 * (microsoft/fluentui#25133, microsoft/tabster#288, microsoft/accessibility-insights-web#7605).
 * Any other aria-hidden-focus node still fails.
 *
 * `disableRules`: rules not run at all, for a page that is not what a user gets in Excel (the
 * playground's two panes share one document, so it has two <main> landmarks where each real pane has
 * one); a suite that disables a rule says why and checks what the rule stood for itself.
 */
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";

const isTabsterFocusGuard = (ruleId: string, html: string) =>
  ruleId === "aria-hidden-focus" && /^<i\b[^>]*\bdata-tabster-dummy\b[^>]*>\s*<\/i>$/.test(html);

export async function axeViolations(
  page: Page,
  selector: string,
  { disableRules = [] }: { disableRules?: string[] } = {},
): Promise<string[]> {
  const builder = new AxeBuilder({ page }).include(selector);
  if (disableRules.length) builder.disableRules(disableRules);
  const result = await builder.analyze();
  return result.violations.flatMap((v) => {
    const nodes = v.nodes.filter((n) => !isTabsterFocusGuard(v.id, n.html));
    return nodes.length ? [`${v.id}: ${v.help} (${nodes.map((n) => `${n.target.join(" ")} ${n.html}`).join(", ")})`] : [];
  });
}
