import type { UserActor } from "./access.ts";

interface Entry {
  actor: UserActor;
  userId: string;
  /** Epoch ms after which the entry must not be used. */
  until: number;
}

/**
 * A short-lived, in-process cache of resolved sessions and API tokens, so that an authenticated
 * read does not query the database for its credential on every request. Changes made through
 * this process (sign-out, token revocation, password reset, user and membership changes) evict
 * entries at once; changes made by another instance of the node show within `ttlMs`.
 */
export class ActorCache {
  readonly #entries = new Map<string, Entry>();
  constructor(
    readonly ttlMs = 5_000,
    readonly maxEntries = 10_000,
  ) {}

  get(key: string, now = Date.now()): UserActor | undefined {
    const e = this.#entries.get(key);
    if (!e) return undefined;
    if (e.until <= now) {
      this.#entries.delete(key);
      return undefined;
    }
    return e.actor;
  }

  /** Caches an actor until the earlier of the TTL and the credential's own expiry. */
  set(key: string, actor: UserActor, expiresAt: Date, now = Date.now()): void {
    if (this.ttlMs <= 0) return;
    if (this.#entries.size >= this.maxEntries) this.#entries.delete(this.#entries.keys().next().value!);
    this.#entries.set(key, {
      actor,
      userId: actor.userId,
      until: Math.min(now + this.ttlMs, expiresAt.getTime()),
    });
  }

  delete(key: string): void {
    this.#entries.delete(key);
  }

  /** Evicts every cached credential of a user (after a change to the user, a membership or a token). */
  evictUser(userId: string): void {
    for (const [k, e] of this.#entries) if (e.userId === userId) this.#entries.delete(k);
  }

  clear(): void {
    this.#entries.clear();
  }
}
