import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { api, call } from "../../app/api.ts";
import { mayManageFederation, useMe } from "../../app/session.ts";
import { TextField } from "../../ui/Field.tsx";
import { useFormatDate } from "../../ui/format.ts";
import { fieldError, ProblemMessage } from "../../ui/Problem.tsx";
import { FederationTabs, PEERS_KEY, type Peer, usePeers } from "./federation.tsx";

const SYNC_LOG_KEY = ["federation", "sync-log"] as const;
type PeerAction = "approve" | "suspend" | "resume" | "revoke";

/** The actions an administrator may take on a peer in its state (the node checks again). */
const actionsFor = (p: Peer): PeerAction[] =>
  p.status === "revoked"
    ? []
    : [
        ...(p.localApproved ? [] : (["approve"] as const)),
        ...(p.status === "active" ? (["suspend"] as const) : []),
        ...(p.status === "suspended" ? (["resume"] as const) : []),
        "revoke" as const,
      ];

function AddPeer() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [url, setUrl] = useState("");
  const add = useMutation({
    mutationFn: () => call(api.POST("/api/v1/federation/peers", { body: { url: url.trim() } })),
    onSuccess: () => {
      setUrl("");
      void qc.invalidateQueries({ queryKey: PEERS_KEY });
    },
  });
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    add.mutate();
  };
  return (
    <section className="card" aria-labelledby="add-peer-heading">
      <h2 id="add-peer-heading">{t("federation.addPeer")}</h2>
      <form onSubmit={onSubmit} className="form">
        <TextField
          label={t("federation.peerUrl")}
          hint={t("federation.peerUrlHint")}
          type="url"
          required
          value={url}
          onChange={(e) => setUrl(e.target.value)}
          error={fieldError(add.error, "url")}
        />
        <div className="actions">
          <button type="submit" disabled={add.isPending}>
            {t("federation.sendRequest")}
          </button>
        </div>
      </form>
      <div aria-live="polite">
        {add.data ? (
          <p className="alert alert-success">
            {t("federation.requestSent", { name: add.data.name, fingerprint: add.data.fingerprint })}
          </p>
        ) : null}
      </div>
      <ProblemMessage error={add.error} />
    </section>
  );
}

function PeerActions({ peer }: { peer: Peer }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const act = useMutation({
    mutationFn: (action: PeerAction) =>
      call(
        api.POST("/api/v1/federation/peers/{nodeId}/actions", {
          params: { path: { nodeId: peer.nodeId } },
          body: { action },
        }),
      ),
    onSettled: () => qc.invalidateQueries({ queryKey: PEERS_KEY }),
  });
  return (
    <>
      <div className="actions">
        {actionsFor(peer).map((a) => (
          <button
            key={a}
            type="button"
            className={a === "revoke" ? "button-danger" : a === "approve" ? undefined : "button-secondary"}
            disabled={act.isPending}
            aria-label={t(`federation.actionLabels.${a}`, { name: peer.name })}
            onClick={() => {
              if (a !== "revoke" || window.confirm(t("federation.revokeConfirm", { name: peer.name })))
                act.mutate(a);
            }}
          >
            {t(`federation.actions.${a}`)}
          </button>
        ))}
      </div>
      <ProblemMessage error={act.error} />
    </>
  );
}

function SyncLog() {
  const { t } = useTranslation();
  const fmt = useFormatDate();
  const peers = usePeers();
  const log = useQuery({
    queryKey: SYNC_LOG_KEY,
    queryFn: () => call(api.GET("/api/v1/federation/sync-log", { params: { query: { limit: 100 } } })),
  });
  const names = new Map((peers.data ?? []).map((p) => [p.nodeId, `${p.name} (${p.jurisdiction})`]));
  return (
    <section aria-labelledby="sync-log-heading">
      <h2 id="sync-log-heading">{t("federation.syncLog")}</h2>
      <ProblemMessage error={log.error} />
      {log.data?.length === 0 ? <p>{t("federation.noSyncLog")}</p> : null}
      {log.data && log.data.length > 0 ? (
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">{t("federation.syncLog")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("federation.at")}</th>
                <th scope="col">{t("federation.peer")}</th>
                <th scope="col">{t("federation.direction")}</th>
                <th scope="col">{t("federation.outcome")}</th>
                <th scope="col">{t("federation.counts")}</th>
                <th scope="col">{t("federation.detail")}</th>
              </tr>
            </thead>
            <tbody>
              {log.data.map((l) => (
                <tr key={l.id}>
                  <td>{fmt(l.at)}</td>
                  <td className="break">{l.nodeId ? (names.get(l.nodeId) ?? l.nodeId) : "—"}</td>
                  <td>{t(`federation.directions.${l.direction}`)}</td>
                  <td>{l.ok ? t("federation.ok") : t("federation.failed")}</td>
                  <td>
                    {t("federation.countsValue", {
                      received: l.received,
                      retracted: l.retracted,
                      refused: l.refused,
                    })}
                  </td>
                  <td className="break small">{l.detail ?? ""}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}

export function PeersPage() {
  const { t } = useTranslation();
  const fmt = useFormatDate();
  const qc = useQueryClient();
  const me = useMe();
  const manage = mayManageFederation(me.data);
  const peers = usePeers();
  const sync = useMutation({
    mutationFn: () => call(api.POST("/api/v1/federation/sync")),
    onSettled: () => {
      void qc.invalidateQueries({ queryKey: PEERS_KEY });
      void qc.invalidateQueries({ queryKey: SYNC_LOG_KEY });
    },
  });
  return (
    <div className="page">
      <h1>{t("federation.title")}</h1>
      <p className="lead">{t("federation.intro")}</p>
      <FederationTabs />
      <section aria-labelledby="peers-heading">
        <h2 id="peers-heading">{t("federation.peers")}</h2>
        {manage ? (
          <div className="actions">
            <button type="button" onClick={() => sync.mutate()} disabled={sync.isPending}>
              {sync.isPending ? t("federation.syncing") : t("federation.syncNow")}
            </button>
          </div>
        ) : null}
        <div aria-live="polite">
          {sync.data ? (
            <p className="alert alert-info">
              {t("federation.synced", {
                count: sync.data.peers.length,
                failed: sync.data.peers.filter((p) => !p.ok).length,
              })}
            </p>
          ) : null}
        </div>
        <ProblemMessage error={sync.error ?? peers.error} />
        {peers.data?.length === 0 ? <p>{t("federation.noPeers")}</p> : null}
        {peers.data && peers.data.length > 0 ? (
          <div className="table-wrap">
            <table>
              <caption className="visually-hidden">{t("federation.peers")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("federation.peer")}</th>
                  <th scope="col">{t("federation.status")}</th>
                  <th scope="col">{t("federation.fingerprint")}</th>
                  <th scope="col">{t("federation.lastSync")}</th>
                  <th scope="col">{t("federation.lag")}</th>
                  <th scope="col">{t("federation.errors")}</th>
                  {manage ? <th scope="col">{t("common.actions")}</th> : null}
                </tr>
              </thead>
              <tbody>
                {peers.data.map((p) => (
                  <tr key={p.nodeId}>
                    <td className="break">
                      {p.name} ({t(`jurisdictions.${p.jurisdiction}`, { defaultValue: p.jurisdiction })})
                      <span className="muted small"> {p.url}</span>
                    </td>
                    <td>
                      {t(`federation.peerStatus.${p.status}`)}
                      {p.status === "pending" ? (
                        <span className="muted small">
                          {" "}
                          {p.localApproved ? t("federation.awaitingThem") : t("federation.awaitingUs")}
                        </span>
                      ) : null}
                    </td>
                    <td className="break">
                      <code>{p.fingerprint}</code>
                    </td>
                    <td>{p.lastSyncAt ? fmt(p.lastSyncAt) : t("federation.never")}</td>
                    <td>{p.lagRecords === null ? t("federation.unknown") : p.lagRecords}</td>
                    <td className="break">
                      {p.failures > 0 ? t("federation.failures", { count: p.failures }) : "0"}
                      {p.lastError ? <span className="muted small"> {p.lastError}</span> : null}
                    </td>
                    {manage ? (
                      <td>
                        <PeerActions peer={p} />
                      </td>
                    ) : null}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
        <p className="hint">{t("federation.fingerprintHint")}</p>
      </section>
      {manage ? <AddPeer /> : null}
      <SyncLog />
    </div>
  );
}
