import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { fromRoot } from "../../platform/paths.ts";
import { diffRequirements, parseCatalog } from "./oscal.ts";

const basic = () => JSON.parse(readFileSync(fromRoot("test/fixtures/nist-basic-catalog.json"), "utf8"));
const overrides = {
  id: "nist-basic",
  jurisdiction: "INTL",
  instrumentType: "standard",
  bindingStatus: "voluntary",
} as const;

describe("parseCatalog", () => {
  it("reads NIST's example catalog into a requirement tree, with metadata given by the caller", () => {
    const { parsed, issues } = parseCatalog(basic(), { overrides });
    expect(parsed?.meta).toMatchObject({
      id: "nist-basic",
      jurisdiction: "INTL",
      version: "1.1",
      reviewStatus: "unverified",
    });
    const ids = parsed!.requirements.map((r) => r.id);
    expect(ids).toContain("s1.1.1");
    const ctl = parsed!.requirements.find((r) => r.id === "s1.1.1")!;
    expect(ctl).toMatchObject({ kind: "control", parentId: "s1.1", depth: 2, label: "1.1.1" });
    expect(ctl.statement).toBeTruthy();
    // our content rules are warnings for an import, errors for content files
    expect(issues.every((i) => i.severity === "warning")).toBe(true);
    expect(parseCatalog(basic(), { overrides, strict: true }).parsed).toBeUndefined();
  });

  it("refuses what is not a catalog, what fails the schema, duplicate ids and missing metadata, listing each", () => {
    expect(parseCatalog([1, 2]).issues[0]).toMatchObject({ pointer: "/", severity: "error" });
    const noVersion = basic();
    delete noVersion.catalog.metadata.version;
    expect(parseCatalog(noVersion, { overrides }).issues).toContainEqual(
      expect.objectContaining({
        pointer: "/catalog/metadata",
        message: "must have required property 'version'",
      }),
    );
    const dup = basic();
    dup.catalog.groups[0].groups[0].controls[1].id = "s1.1.1";
    const r = parseCatalog(dup, { overrides });
    expect(r.parsed).toBeUndefined();
    expect(r.issues).toContainEqual(
      expect.objectContaining({
        pointer: "/catalog/groups/0/groups/0/controls/1/id",
        message: expect.stringContaining('duplicate id "s1.1.1"'),
      }),
    );
    const noMeta = parseCatalog(basic());
    expect(noMeta.issues.map((i) => i.message)).toEqual(
      expect.arrayContaining([
        expect.stringContaining("missing framework id"),
        expect.stringContaining("missing jurisdiction"),
      ]),
    );
  });

  it("diffs two releases by requirement", () => {
    const a = parseCatalog(basic(), { overrides }).parsed!.requirements;
    const next = basic();
    next.catalog.groups[0].groups[0].controls[0].title = "Renamed";
    next.catalog.groups[0].groups[0].controls.pop();
    next.catalog.groups[0].groups[0].controls.push({ id: "s1.1.9", title: "New control" });
    const b = parseCatalog(next, { overrides }).parsed!.requirements;
    const d = diffRequirements(a, b);
    expect(d).toContainEqual({ id: "s1.1.1", change: "changed", fields: ["title"], title: "Renamed" });
    expect(d).toContainEqual({ id: "s1.1.9", change: "added", title: "New control" });
    expect(d.filter((x) => x.change === "removed")).toHaveLength(1);
  });
});
