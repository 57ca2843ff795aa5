import { type Command, InvalidArgumentError } from "commander";
import { CliExit, cliActor, type LoadConfig, out, withContext } from "../../cli-kit.ts";
import type { PeerT } from "./federation.schemas.ts";
import * as federation from "./federation.service.ts";
import { syncNow } from "./sync.ts";

const nodeIdArg = (v: string) => {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(v))
    throw new InvalidArgumentError("The node id must be a UUID (see `aisafe peer list`).");
  return v.toLowerCase();
};

const label = (p: PeerT) => `${p.name} (${p.jurisdiction})`;

/** One peer as a few lines; the fingerprint is what administrators confirm out of band. */
function printPeer(p: PeerT) {
  out(`${label(p)}: ${p.status}`);
  out(`  url          ${p.url}`);
  out(`  node id      ${p.nodeId}`);
  out(`  fingerprint  ${p.fingerprint}`);
  out(
    `  approved     here: ${p.localApproved ? "yes" : "no"}, by the peer: ${p.remoteApproved ? "yes" : "no"}`,
  );
}

/** `aisafe peer add|list|approve|suspend|resume|revoke` and `aisafe sync now`. */
export function registerFederationCommands(program: Command, config: LoadConfig) {
  const peer = program.command("peer").description("peer nodes of the federation");
  peer
    .command("add")
    .description("add a peer by URL: exchanges keys and sends it a signed peering request")
    .argument("<url>", "the peer node's base URL")
    .option("--json", "print JSON")
    .action(async (url: string, o: { json?: boolean }) => {
      await withContext(config(), async (ctx) => {
        const p = await federation.addPeer(ctx, cliActor, url);
        if (o.json) return out(JSON.stringify(p, null, 2));
        printPeer(p);
        out(
          p.status === "active"
            ? "The peering is active."
            : "Confirm the fingerprint with the peer's administrators out of band; the peering is active once they approve it too.",
        );
      });
    });

  peer
    .command("list")
    .description("list peers with their status, key fingerprint, last sync and errors")
    .option("--json", "print JSON")
    .action(async (o: { json?: boolean }) => {
      await withContext(config(), async (ctx) => {
        const peers = await federation.listPeers(ctx);
        if (o.json) return out(JSON.stringify(peers, null, 2));
        for (const p of peers) {
          out(`${p.status.padEnd(10)} ${p.jurisdiction.padEnd(4)} ${p.name}  ${p.url}`);
          out(`           node ${p.nodeId}  fingerprint ${p.fingerprint}`);
          out(
            `           last sync ${p.lastSyncAt ?? "never"}${p.failures ? `, ${p.failures} failure(s): ${p.lastError ?? ""}` : ""}`,
          );
        }
        out(`${peers.length} peer(s).`);
      });
    });

  for (const [action, description] of [
    ["approve", "approve a peer that asked to peer (check its fingerprint first)"],
    ["suspend", "stop exchanging records with an active peer for now"],
    ["resume", "resume exchanging records with a suspended peer"],
    ["revoke", "end the peering for good (revocation is final)"],
  ] as const) {
    peer
      .command(action)
      .description(description)
      .argument("<nodeId>", "the peer's node id (see `aisafe peer list`)", nodeIdArg)
      .option("--json", "print JSON")
      .action(async (nodeId: string, o: { json?: boolean }) => {
        await withContext(config(), async (ctx) => {
          const p = await federation.peerAction(ctx, cliActor, nodeId, action);
          if (o.json) return out(JSON.stringify(p, null, 2));
          printPeer(p);
        });
      });
  }

  const sync = program.command("sync").description("federation sync");
  sync
    .command("now")
    .description("pull every active peer's changes now; exits 1 if a pull failed")
    .option("--json", "print JSON")
    .action(async (o: { json?: boolean }) => {
      await withContext(config(), async (ctx) => {
        const result = await syncNow(ctx);
        if (o.json) out(JSON.stringify(result, null, 2));
        else {
          const names = new Map((await federation.listPeers(ctx)).map((p) => [p.nodeId, label(p)]));
          for (const r of result.peers)
            out(
              `${names.get(r.nodeId) ?? r.nodeId}: ${r.ok ? "ok" : `FAILED: ${r.error}`}; received ${r.received}, retracted ${r.retracted}, refused ${r.refused}`,
            );
          out(result.peers.length ? `${result.peers.length} peer(s) pulled.` : "No active peers.");
        }
        if (result.peers.some((r) => !r.ok)) throw new CliExit(1);
      });
    });
}
