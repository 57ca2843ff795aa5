/**
 * WORKAROUND (remove when fixed in src/modules/system/system.routes.ts): @fastify/static with
 * `wildcard: false` registers a route for every file in web/dist, including GET /index.html, and
 * that route gets no declared permission, so buildApp() refuses to start ("Routes without a
 * declared permission: HEAD,GET /index.html") whenever the web app is built. Browser tests wrap the
 * plugin so it does not register /index.html. Second, its `allowedPath` (only /assets/ and
 * /favicon.svg) also applies to `reply.sendFile("index.html")`, so the SPA fallback answers 404 for
 * every client route; the wrapper lets sendFile reach index.html.
 */
type StaticModule = { default: (...args: never[]) => unknown };

export function withoutIndexRoute<M extends StaticModule>(mod: M): M {
  const original = mod.default as unknown as (app: unknown, opts: Record<string, unknown>) => Promise<void>;
  const wrapped = Object.assign(
    (app: unknown, opts: Record<string, unknown>) =>
      original(app, {
        ...opts,
        globIgnore: [...((opts.globIgnore as string[]) ?? []), "index.html"],
        allowedPath: (p: string, root: string, req: unknown) =>
          p === "/index.html" ||
          p === "index.html" ||
          (opts.allowedPath as ((...a: unknown[]) => boolean) | undefined)?.(p, root, req) !== false,
      }),
    original,
  );
  return { ...mod, default: wrapped };
}
