import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { api, call, type Schemas } from "../../app/api.ts";
import { TextField } from "../../ui/Field.tsx";
import { useFormatDate } from "../../ui/format.ts";
import { ProblemMessage } from "../../ui/Problem.tsx";
import { FederationTabs, usePeers } from "./federation.tsx";

type Proposal = Schemas["FederationProposal"];
export const PROPOSALS_KEY = ["federation", "proposals"] as const;

const changesText = (c: unknown) => (typeof c === "string" ? c : JSON.stringify(c, null, 2));

/** Accept or decline a proposal received here (the record changes only when this node edits it). */
function Decide({ p }: { p: Proposal }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [note, setNote] = useState("");
  const decide = useMutation({
    mutationFn: (decision: "accept" | "decline") =>
      call(
        api.POST("/api/v1/federation/proposals/{id}/decision", {
          params: { path: { id: p.id } },
          body: { decision, ...(note.trim() ? { note: note.trim() } : {}) },
        }),
      ),
    onSuccess: () => void qc.invalidateQueries({ queryKey: PROPOSALS_KEY }),
  });
  return (
    <div className="form">
      <TextField
        label={t("federation.decisionNote")}
        value={note}
        onChange={(e) => setNote(e.target.value)}
      />
      <div className="actions">
        <button type="button" disabled={decide.isPending} onClick={() => decide.mutate("accept")}>
          {t("federation.accept")}
        </button>
        <button
          type="button"
          className="button-secondary"
          disabled={decide.isPending}
          onClick={() => decide.mutate("decline")}
        >
          {t("federation.decline")}
        </button>
      </div>
      <ProblemMessage error={decide.error} />
    </div>
  );
}

function ProposalList({ direction }: { direction: "in" | "out" }) {
  const { t } = useTranslation();
  const fmt = useFormatDate();
  const peers = usePeers();
  const list = useQuery({
    queryKey: [...PROPOSALS_KEY, direction],
    queryFn: () => call(api.GET("/api/v1/federation/proposals", { params: { query: { direction } } })),
  });
  const nodeName = (id: string) => peers.data?.find((p) => p.nodeId === id)?.name ?? id;
  return (
    <>
      <ProblemMessage error={list.error} />
      {list.data?.length === 0 ? <p className="muted">{t("federation.noProposals")}</p> : null}
      <ul className="plain-list">
        {(list.data ?? []).map((p) => (
          <li key={p.id} className="card">
            <p>
              <strong>{t(`federation.proposalKinds.${p.kind}`)}</strong>{" "}
              <span className="status">{t(`federation.proposalStatus.${p.status}`)}</span>{" "}
              <span className="muted small">{fmt(p.createdAt)}</span>
            </p>
            <dl className="facts">
              <dt>{t("federation.record")}</dt>
              <dd className="break">
                <Link to={`/network/records/${p.recordId}`}>{p.recordTitle || p.recordId}</Link>{" "}
                <span className="muted small">v{p.recordVersion}</span>
              </dd>
              <dt>{direction === "in" ? t("federation.proposalFrom") : t("federation.proposalTo")}</dt>
              <dd>{nodeName(direction === "in" ? p.fromNode : p.toNode)}</dd>
              <dt>{t("federation.note")}</dt>
              <dd className="break">{p.note}</dd>
              {p.changes !== null && p.changes !== undefined ? (
                <>
                  <dt>{t("federation.suggestedChanges")}</dt>
                  <dd>
                    <pre className="break">{changesText(p.changes)}</pre>
                  </dd>
                </>
              ) : null}
              {p.decidedAt ? (
                <>
                  <dt>{t("federation.decided")}</dt>
                  <dd>
                    {p.decidedBy} · {fmt(p.decidedAt)}
                    {p.decisionNote ? ` · ${p.decisionNote}` : ""}
                  </dd>
                  {direction === "in" ? (
                    <>
                      <dt>{t("federation.senderTold")}</dt>
                      <dd>{p.outcomeSentAt ? fmt(p.outcomeSentAt) : t("federation.senderNotTold")}</dd>
                    </>
                  ) : null}
                </>
              ) : null}
            </dl>
            {direction === "in" && p.status === "open" ? <Decide p={p} /> : null}
          </li>
        ))}
      </ul>
    </>
  );
}

/** Corroborations and proposals: those peers sent about our records, and those we sent to origins. */
export function ProposalsPage() {
  const { t } = useTranslation();
  return (
    <div className="page">
      <h1>{t("federation.proposalsTitle")}</h1>
      <p className="lead">{t("federation.proposalsIntro")}</p>
      <FederationTabs />
      <section aria-labelledby="proposals-in">
        <h2 id="proposals-in">{t("federation.incoming")}</h2>
        <ProposalList direction="in" />
      </section>
      <section aria-labelledby="proposals-out">
        <h2 id="proposals-out">{t("federation.outgoing")}</h2>
        <ProposalList direction="out" />
      </section>
    </div>
  );
}
