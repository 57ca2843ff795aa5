// The baseline of the API bench: a bare Fastify + pg server doing one indexed lookup per request.
// No plugins, hooks, schemas or logging. Run as a child process: node --import tsx bench/bare-server.ts
// Env: PORT, DATABASE_URL (a database holding bench_bare, created by bench/api.ts), BARE_ROWS.
import Fastify from "fastify";
import pg from "pg";

const port = Number(process.env.PORT ?? 0);
const rows = Number(process.env.BARE_ROWS ?? 10_000);
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 }); // as the node's pool

const app = Fastify({ logger: false });
app.get("/healthz", async () => ({ status: "ok" }));
app.get("/row", async () => {
  const id = 1 + Math.floor(Math.random() * rows);
  const r = await pool.query("SELECT id, name, email, created_at FROM bench_bare WHERE id = $1", [id]);
  return r.rows[0];
});

await app.listen({ port, host: "127.0.0.1" });
const stop = async () => {
  await app.close();
  await pool.end();
  process.exit(0);
};
process.once("SIGTERM", () => void stop());
process.once("SIGINT", () => void stop());
