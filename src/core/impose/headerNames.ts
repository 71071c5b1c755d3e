/** The many names a plan's columns go by (DESIGN.md §2). A name may mean two roles: content decides. */
import { matchKey } from "../text/normalize";
import type { Role } from "../plan";

/**
 * 實施要項 is the pillar in most plans but the focus under Changhua's 實施構面; 工作重點 and 推動策略 are
 * the focus in one plan and the measures in another: those names carry both roles and mapColumns
 * decides by position and content, and lists the decision.
 */
const NAMES: Record<Role, string[]> = {
  pillar: [
    "執行要項",
    "實施要項",
    "實施要領",
    "工作要領",
    "實施項目",
    "實施構面",
    "構面",
    "推動構面",
    "服務構面",
    "執行構面",
    "實施面向",
    "推動面向",
  ],
  focus: ["執行重點", "執行策略", "工作重點", "重點項目", "實施要項", "策略", "推動策略", "實施策略", "推動重點", "實施重點"],
  measure: [
    "具體作法",
    "具體做法",
    "執行方法",
    "實施內容",
    "工作重點",
    "執行內容",
    "執行措施",
    "辦理方式",
    "推動策略",
    "推動作法",
    "推動做法",
    "執行作法",
    "執行做法",
    "實施方法",
    "實施方式",
    "推動措施",
    "具體措施",
    "辦理內容",
    "具體執行作法",
    "具體推動作法",
  ],
  units: [
    "執行單位",
    "執行課室",
    "執行科室",
    "負責業參",
    "承辦單位",
    "業務單位",
    "負責單位",
    "主辦單位",
    "辦理單位",
    "承辦課室",
    "主辦課室",
    "負責課室",
    "辦理課室",
    "權責單位",
    "主協辦單位",
  ],
  deadline: ["完成期限", "辦理期程", "預定完成日期", "完成日期", "執行期程", "期程"],
  results: ["執行成效", "辦理情形", "執行情形", "辦理成效", "成效"],
  id: ["編號", "計畫編號", "id"],
};

const BY_KEY = new Map<string, Role[]>();
for (const [role, names] of Object.entries(NAMES) as [Role, string[]][]) {
  for (const n of names) BY_KEY.set(matchKey(n), [...(BY_KEY.get(matchKey(n)) ?? []), role]);
}

/** The roles a header text can mean ([] when it is not a known name). */
export function rolesOfHeader(text: string): Role[] {
  return BY_KEY.get(matchKey(text)) ?? [];
}

/** The canonical header each role gets in our plan table. */
export const CANONICAL_HEADERS: Record<Role, string> = {
  id: "編號",
  pillar: "執行要項",
  focus: "執行重點",
  measure: "具體作法",
  units: "執行單位",
  deadline: "完成期限",
  results: "執行成效",
};
