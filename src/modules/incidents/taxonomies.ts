import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fromRoot } from "../../platform/paths.ts";

/** A classification scheme from content/taxonomies (see its README): namespaced, versioned, sourced. */
export interface Taxonomy {
  namespace: string;
  version: string;
  title: string;
  fields: {
    key: string;
    title: string;
    mandatory?: boolean;
    multiple?: boolean;
    values: { value: string; label: string; verification?: string }[];
  }[];
}

const DIR = fromRoot("content/taxonomies");

/** Every taxonomy shipped with the node, by namespace (read once). */
export const TAXONOMIES: ReadonlyMap<string, Taxonomy> = new Map(
  readdirSync(DIR)
    .filter((f) => f.endsWith(".json"))
    .map((f) => JSON.parse(readFileSync(path.join(DIR, f), "utf8")) as Taxonomy)
    .map((t) => [t.namespace, t]),
);

/** The values of a field of a taxonomy, for schemas (throws at start-up if the content lacks it). */
export function valuesOf(namespace: string, key: string): [string, ...string[]] {
  const values =
    TAXONOMIES.get(namespace)
      ?.fields.find((f) => f.key === key)
      ?.values.map((v) => v.value) ?? [];
  if (!values.length) throw new Error(`Taxonomy ${namespace} has no values for ${key}`);
  return values as [string, ...string[]];
}

/** Checks a classification against its taxonomy: the unknown parts, named. */
export function checkClassification(namespace: string, key: string, values: string[]): string | undefined {
  const t = TAXONOMIES.get(namespace);
  if (!t) return `unknown taxonomy namespace "${namespace}"`;
  const field = t.fields.find((f) => f.key === key);
  if (!field) return `taxonomy ${namespace} has no field "${key}"`;
  if (!field.values.length) return `taxonomy field ${namespace}/${key} has no value list to classify with`;
  const unknown = values.filter((v) => !field.values.some((x) => x.value === v));
  if (unknown.length) return `unknown value(s) for ${namespace}/${key}: ${unknown.join(", ")}`;
  if (!field.multiple && values.length > 1) return `${namespace}/${key} takes one value`;
  return undefined;
}
