import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fromRoot } from "../../platform/paths.ts";

/** A baseline from content/profiles: which hub requirements it asks, each with its plain-language question. */
export interface Profile {
  id: string;
  title: string;
  version: string;
  controlIds: string[];
  plain: Map<string, string>;
}

type OscalProfile = {
  profile: {
    metadata: { title: string; version: string; props?: { name: string; value: string }[] };
    imports: { "include-controls"?: { "with-ids"?: string[] }[] }[];
    modify?: { alters?: { "control-id": string; adds?: { parts?: { name: string; prose?: string }[] }[] }[] };
  };
};

const DIR = fromRoot("content/profiles");

export const PROFILES: ReadonlyMap<string, Profile> = new Map(
  readdirSync(DIR)
    .filter((f) => f.endsWith(".json"))
    .map((f) => {
      const p = (JSON.parse(readFileSync(path.join(DIR, f), "utf8")) as OscalProfile).profile;
      const id = p.metadata.props?.find((x) => x.name === "profile-id")?.value ?? path.basename(f, ".json");
      const plain = new Map<string, string>();
      for (const a of p.modify?.alters ?? []) {
        const prose = a.adds?.flatMap((x) => x.parts ?? []).find((x) => x.name === "plain-language")?.prose;
        if (prose) plain.set(a["control-id"], prose);
      }
      return [
        id,
        {
          id,
          title: p.metadata.title,
          version: p.metadata.version,
          controlIds: p.imports
            .flatMap((i) => i["include-controls"] ?? [])
            .flatMap((c) => c["with-ids"] ?? []),
          plain,
        },
      ] as const;
    }),
);
