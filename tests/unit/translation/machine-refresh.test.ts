import { describe, expect, it } from "vitest";
import { machineSourceOf, needsMachineRefresh } from "@/lib/translation/machine-refresh";

const source = "Năm 2018, tỉnh đón 5 triệu khách.";
const changedDraft = { state: "draft", sourceChanged: true, machineSettings: JSON.stringify({ context: true }) };

describe("machine text for a changed source", () => {
  it("is needed for a draft whose source changed and whose machine text was made for another source", () => {
    expect(needsMachineRefresh(changedDraft, source)).toBe(true);
    const older = { ...changedDraft, machineSettings: JSON.stringify({ forSource: "Năm 2017, …" }) };
    expect(needsMachineRefresh(older, source)).toBe(true);
  });

  it("is not needed once a run translated this very source", () => {
    const done = { ...changedDraft, machineSettings: JSON.stringify({ context: true, forSource: source }) };
    expect(needsMachineRefresh(done, source)).toBe(false);
  });

  it("is not needed for unchanged, approved or untranslated rows (untranslated ones are filled, not refreshed)", () => {
    expect(needsMachineRefresh({ ...changedDraft, sourceChanged: false }, source)).toBe(false);
    expect(needsMachineRefresh({ ...changedDraft, state: "approved" }, source)).toBe(false);
    expect(needsMachineRefresh({ ...changedDraft, state: "untranslated" }, source)).toBe(false);
  });

  it("reads no source from settings that are missing, not JSON or without one", () => {
    expect(machineSourceOf(null)).toBeNull();
    expect(machineSourceOf("{oops")).toBeNull();
    expect(machineSourceOf(JSON.stringify({ forSource: 3 }))).toBeNull();
  });
});
