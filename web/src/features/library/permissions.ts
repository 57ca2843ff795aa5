import type { Me } from "../../app/session.ts";

/** Node admins and regulator admins may import frameworks and crosswalks (the node checks the jurisdiction). */
export const mayImport = (me: Me | null | undefined) =>
  !!me && (me.roles.includes("node-admin") || me.roles.includes("regulator-admin"));
