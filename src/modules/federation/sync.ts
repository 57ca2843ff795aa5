/**
 * The sync worker of one node: pulls each active peer's changes feed on a schedule and at once when
 * the peer notifies us; one pull per peer at a time (a notify during a pull runs one more pull
 * afterwards); failures back off exponentially (2 s, 4 s, ... up to 5 min). Each page is applied
 * in one transaction together with the cursor, so a crash at any point loses and duplicates nothing.
 */
import type { AppContext } from "../../platform/context.ts";
import * as federation from "./federation.service.ts";

interface WorkerState {
  running: Map<string, Promise<PeerOutcome>>;
  again: Set<string>;
  timer?: NodeJS.Timeout;
  stopped: boolean;
}

export interface PeerOutcome {
  nodeId: string;
  ok: boolean;
  received: number;
  retracted: number;
  refused: number;
  error: string | null;
}

const workers = new WeakMap<AppContext, WorkerState>();
const state = (ctx: AppContext) => {
  const s: WorkerState = workers.get(ctx) ?? { running: new Map(), again: new Set(), stopped: false };
  workers.set(ctx, s);
  return s;
};

export const backoffSeconds = (failures: number) => Math.min(300, 2 ** Math.min(failures, 9));

/** Pulls one peer now (or, if a pull is running, once more after it); nothing once stopped. */
export function pullPeer(ctx: AppContext, nodeId: string): Promise<PeerOutcome> {
  const s = state(ctx);
  // A pull started after stopSync (e.g. by a notify that came in just before) would hold a
  // database connection while the node shuts down and its database closes.
  if (s.stopped)
    return Promise.resolve({ nodeId, ok: false, received: 0, retracted: 0, refused: 0, error: "stopped" });
  const running = s.running.get(nodeId);
  if (running) {
    s.again.add(nodeId);
    return running;
  }
  const run = (async (): Promise<PeerOutcome> => {
    let outcome: PeerOutcome;
    do {
      s.again.delete(nodeId);
      outcome = await pullOnce(ctx, nodeId);
    } while (s.again.has(nodeId) && !s.stopped && outcome.ok);
    return outcome;
  })().finally(() => s.running.delete(nodeId));
  s.running.set(nodeId, run);
  return run;
}

async function pullOnce(ctx: AppContext, nodeId: string): Promise<PeerOutcome> {
  const interval = ctx.config.federation.syncSeconds || 60;
  try {
    const r = await federation.pullFrom(ctx, nodeId);
    await federation.markPullResult(ctx, nodeId, null, 0, new Date(Date.now() + interval * 1000));
    // The peer answers again: tell it any decisions it missed while it could not be reached.
    await federation.deliverOutcomes(ctx, nodeId).catch((err) => {
      ctx.log.warn({ err, peer: nodeId }, "could not deliver decisions on proposals");
    });
    return {
      nodeId,
      ok: true,
      received: r.received,
      retracted: r.retracted,
      refused: r.refused,
      error: null,
    };
  } catch (e) {
    const message = (e as Error).message;
    try {
      const peer = await federation.getPeer(ctx, nodeId);
      const failures = peer.failures + 1;
      await federation.markPullResult(
        ctx,
        nodeId,
        message,
        failures,
        new Date(Date.now() + backoffSeconds(failures) * 1000),
      );
    } catch (err) {
      ctx.log.warn({ err }, "could not record a failed pull");
    }
    return { nodeId, ok: false, received: 0, retracted: 0, refused: 0, error: message };
  }
}

/** A notify from a peer: pull it soon, without making the notifier wait. */
export function triggerPull(ctx: AppContext, nodeId: string) {
  if (state(ctx).stopped) return;
  setImmediate(() => void pullPeer(ctx, nodeId));
}

/** Pulls every active peer now and reports each outcome. */
export async function syncNow(ctx: AppContext) {
  const peers = await federation.peersDue(ctx);
  return { peers: await Promise.all(peers.map((p) => pullPeer(ctx, p.node_id))) };
}

/** Starts the schedule (every few seconds: peers whose next attempt is due are pulled). */
export function startSync(ctx: AppContext) {
  const s = state(ctx);
  const seconds = ctx.config.federation.syncSeconds;
  if (seconds <= 0 || s.timer) return;
  const tick = async () => {
    try {
      const now = Date.now();
      for (const p of await federation.peersDue(ctx))
        if (p.next_attempt_at.getTime() <= now && !s.running.has(p.node_id)) void pullPeer(ctx, p.node_id);
      await federation.forgetExpiredNonces(ctx);
    } catch (err) {
      ctx.log.warn({ err }, "federation schedule tick failed");
    }
  };
  s.timer = setInterval(() => void tick(), Math.min(seconds, 5) * 1000);
  s.timer.unref();
}

/** Stops the schedule and waits for running pulls (on shutdown). */
export async function stopSync(ctx: AppContext) {
  const s = state(ctx);
  s.stopped = true;
  if (s.timer) clearInterval(s.timer);
  await Promise.allSettled([...s.running.values()]);
}
