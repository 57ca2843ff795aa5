// Writes src/client/openapi.json and src/client/schema.d.ts from the node's OpenAPI document.
import { writeFileSync } from "node:fs";
import { generateClientSources } from "../src/client/generate.ts";

const { openapi, schema } = await generateClientSources();
writeFileSync(new URL("../src/client/openapi.json", import.meta.url), openapi);
writeFileSync(new URL("../src/client/schema.d.ts", import.meta.url), schema);
console.log("Wrote src/client/openapi.json and src/client/schema.d.ts");
