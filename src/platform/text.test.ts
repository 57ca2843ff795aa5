import { describe, expect, it } from "vitest";
import { fold, lexemes, toTsquery, weightedTsvector, words } from "./text.ts";

describe("search text", () => {
  it("segments Thai, Lao, Khmer and Burmese into words", () => {
    expect(words("ความโปร่งใสของระบบ")).toEqual(["ความ", "โปร่งใส", "ของ", "ระบบ"]);
    expect(words("ຄວາມໂປ່ງໃສຂອງລະບົບ")).toEqual(["ຄວາມ", "ໂປ່ງໃສ", "ຂອງ", "ລະບົບ"]);
    expect(words("តម្លាភាពនៃប្រព័ន្ធ")).toEqual(["តម្លាភាព", "នៃ", "ប្រព័ន្ធ"]);
    expect(words("စနစ်၏ ပွင့်လင်းမြင်သာမှု")).toContain("စနစ်");
  });
  it("folds case and Latin diacritics, keeps marks of other scripts", () => {
    expect(fold("Việt")).toBe("viet");
    expect(fold("Đánh")).toBe("danh");
    expect(fold("Ketelusan")).toBe("ketelusan");
    expect(fold("โปร่งใส")).toBe("โปร่งใส");
  });
  it("builds lexemes and a prefix tsquery, quoting safely", () => {
    expect(lexemes("Human oversight", "human-in-the-loop")).toEqual([
      "human",
      "oversight",
      "in",
      "the",
      "loop",
    ]);
    expect(toTsquery("minh bạch")).toBe("'minh' & 'bach':*");
    expect(toTsquery("it's")).toBe("'it's':*".replace("it's", "it''s"));
    expect(toTsquery("  ... ")).toBeUndefined();
    // Whole words, unless the query ends in *.
    expect(toTsquery("minh bạch", false)).toBe("'minh' & 'bach'");
    expect(toTsquery("deepfake scam*", false)).toBe("'deepfake' & 'scam':*");
  });
  it("builds a weighted tsvector literal with positions, quoting safely", () => {
    expect(
      weightedTsvector([
        ["A", ["Chatbot leak"]],
        ["B", [null, "chatbot's ข้อมูลรั่วไหล"]],
      ]),
    ).toBe("'chatbot':1A 'leak':2A 'chatbot''s':3B 'ข้อมูล':4B 'รั่ว':5B 'ไหล':6B");
    expect(weightedTsvector([["D", ["", undefined]]])).toBe("");
  });
});
