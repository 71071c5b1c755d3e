import { buildFramework } from "./build";

/**
 * 國軍退除役官兵輔導委員會提升政府服務效能實施計畫 (seed 004): the same six pillar themes in the
 * council's own wording; the agency defines its own items under them, so no focus point is mandated.
 */
export const VAC = buildFramework({
  id: "vac",
  name: "國軍退除役官兵輔導委員會提升政府服務效能實施計畫",
  pillars: [
    { title: "完備基礎服務項目，注重服務特性差異化", focus: [] },
    {
      title: "重視全程意見回饋及參與，力求服務切合退除役官兵及眷屬需求",
      variants: ["重視全程意見回饋及參與，力求服務切合民眾需求"],
      focus: [],
    },
    {
      title: "便捷服務遞送過程與方式，提升退除役官兵及眷屬生活便利度",
      variants: ["便捷服務遞送過程與方式，提升民眾生活便利度"],
      focus: [],
    },
    { title: "關懷多元對象及城鄉差距，促進社會資源公平使用", focus: [] },
    { title: "開放政府透明治理，優化機關管理創新", focus: [] },
    { title: "掌握社經發展趨勢，專案規劃前瞻服務", focus: [] },
  ],
});
