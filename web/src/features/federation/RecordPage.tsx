import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { api, call } from "../../app/api.ts";
import { mayManageFederation, useMe } from "../../app/session.ts";
import { SelectField, TextAreaField } from "../../ui/Field.tsx";
import { useFormatDate } from "../../ui/format.ts";
import { fieldError, ProblemMessage } from "../../ui/Problem.tsx";
import {
  CheckList,
  COUNTRIES,
  DISTRIBUTIONS,
  type Distribution,
  FederationTabs,
  type Peer,
  type SharedRecord,
  type Sharing,
  TLPS,
  useGroups,
  usePeers,
} from "./federation.tsx";

const sharingOf = (r: SharedRecord): Sharing => ({
  tlp: r.tlp,
  distribution: r.distribution as Distribution,
  sharingGroupId: r.sharingGroupId,
  residency: r.residency,
});

/** Exactly which nodes and organisations would receive the record with the given sharing, and why. */
function Preview({ id, sharing, peers }: { id: string; sharing: Sharing; peers: Peer[] }) {
  const { t } = useTranslation();
  const preview = useQuery({
    queryKey: ["federation", "preview", id, sharing],
    queryFn: () =>
      call(api.POST("/api/v1/federation/records/{id}/preview", { params: { path: { id } }, body: sharing })),
    placeholderData: keepPreviousData,
  });
  const orgName = (nodeId: string, orgId: string) =>
    peers.find((p) => p.nodeId === nodeId)?.organisations.find((o) => o.id === orgId)?.name ?? orgId;
  // A peer that held an earlier version and may no longer have it gets a retraction, not the record.
  const receiving = preview.data?.recipients.filter((r) => r.send && r.as === "record").length ?? 0;
  return (
    <section aria-labelledby="preview-heading" aria-busy={preview.isFetching}>
      <h3 id="preview-heading">{t("federation.preview")}</h3>
      <ProblemMessage error={preview.error} />
      <div aria-live="polite">
        {preview.data ? (
          <p>{t("federation.previewSummary", { count: receiving, total: preview.data.recipients.length })}</p>
        ) : null}
      </div>
      {preview.data && preview.data.recipients.length > 0 ? (
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">{t("federation.preview")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("federation.peer")}</th>
                <th scope="col">{t("federation.receives")}</th>
                <th scope="col">{t("federation.organisations")}</th>
                <th scope="col">{t("federation.why")}</th>
              </tr>
            </thead>
            <tbody>
              {preview.data.recipients.map((r) => (
                <tr key={r.nodeId}>
                  <td className="break">
                    {r.name} ({r.jurisdiction})
                  </td>
                  <td>
                    {r.send
                      ? r.as === "retraction"
                        ? t("federation.getsRetraction")
                        : t("federation.yes")
                      : t("federation.no")}
                  </td>
                  <td className="break">
                    {r.organisations === null
                      ? "—"
                      : r.organisations === "all"
                        ? t("federation.allOrgs")
                        : r.organisations.map((o) => orgName(r.nodeId, o)).join(", ")}
                  </td>
                  <td>
                    <ul className="plain-list small">
                      {r.reasons.map((x) => (
                        <li key={x}>{x}</li>
                      ))}
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}

/** Choose TLP, distribution, sharing group and residency; see the preview; apply. */
function SharingPanel({
  record,
  editable,
  peers,
}: {
  record: SharedRecord;
  editable: boolean;
  peers: Peer[];
}) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const groups = useGroups();
  const tlpHint = useId();
  const [draft, setDraft] = useState<Sharing>(sharingOf(record));
  const allowed = draft.residency?.allowedCountries ?? [];
  const denied = draft.residency?.deniedCountries ?? [];
  const setResidency = (a: string[], d: string[]) =>
    setDraft((s) => ({
      ...s,
      residency:
        a.length || d.length
          ? { ...(a.length ? { allowedCountries: a } : {}), ...(d.length ? { deniedCountries: d } : {}) }
          : null,
    }));
  const apply = useMutation({
    mutationFn: () =>
      call(
        api.PUT("/api/v1/federation/records/{id}/sharing", {
          params: { path: { id: record.id } },
          body: draft,
        }),
      ),
    onSuccess: (r) => {
      qc.setQueryData(["federation", "record", record.id], r);
      void qc.invalidateQueries({ queryKey: ["federation", "records"] });
    },
  });
  const countries = COUNTRIES.map((c) => ({ value: c as string, label: t(`jurisdictions.${c}`) }));
  const changed = JSON.stringify(draft) !== JSON.stringify(sharingOf(record));
  return (
    <section className="card" aria-labelledby="sharing-heading">
      <h2 id="sharing-heading">{t("federation.sharing")}</h2>
      {!editable ? <p className="muted">{t("federation.sharingReadOnly")}</p> : null}
      <div className="form">
        <SelectField
          label={t("federation.tlpColumn")}
          value={draft.tlp}
          disabled={!editable}
          aria-describedby={tlpHint}
          onChange={(e) => setDraft((s) => ({ ...s, tlp: e.target.value as Sharing["tlp"] }))}
        >
          {TLPS.map((v) => (
            <option key={v} value={v}>
              {t(`tlp.${v}`)}
            </option>
          ))}
        </SelectField>
        <p className="hint" id={tlpHint}>
          {t(`tlpHints.${draft.tlp}`)}
        </p>
        <SelectField
          label={t("federation.distribution")}
          value={String(draft.distribution)}
          disabled={!editable}
          onChange={(e) => {
            const distribution = Number(e.target.value) as Distribution;
            setDraft((s) => ({
              ...s,
              distribution,
              sharingGroupId: distribution === 4 ? (s.sharingGroupId ?? groups.data?.[0]?.id ?? null) : null,
            }));
          }}
        >
          {DISTRIBUTIONS.map((d) => (
            <option key={d} value={d}>
              {t(`federation.distributions.${d}`)}
            </option>
          ))}
        </SelectField>
        {draft.distribution === 4 ? (
          <SelectField
            label={t("federation.sharingGroup")}
            value={draft.sharingGroupId ?? ""}
            disabled={!editable}
            error={fieldError(apply.error, "sharingGroupId")}
            onChange={(e) => setDraft((s) => ({ ...s, sharingGroupId: e.target.value || null }))}
          >
            <option value="">{t("federation.chooseGroup")}</option>
            {(groups.data ?? []).map((g) => (
              <option key={g.id} value={g.id}>
                {g.name}
              </option>
            ))}
          </SelectField>
        ) : null}
        <details>
          <summary>{t("federation.residency")}</summary>
          <p className="hint">{t("federation.residencyHint")}</p>
          <CheckList
            legend={t("federation.allowedCountries")}
            options={countries}
            chosen={allowed}
            disabled={!editable}
            onChange={(a) => setResidency(a, denied)}
          />
          <CheckList
            legend={t("federation.deniedCountries")}
            options={countries}
            chosen={denied}
            disabled={!editable}
            onChange={(d) => setResidency(allowed, d)}
          />
        </details>
      </div>
      <Preview id={record.id} sharing={draft} peers={peers} />
      {editable ? (
        <div className="actions">
          <button type="button" disabled={!changed || apply.isPending} onClick={() => apply.mutate()}>
            {t("federation.apply")}
          </button>
          <button
            type="button"
            className="button-secondary"
            disabled={!changed}
            onClick={() => setDraft(sharingOf(record))}
          >
            {t("federation.reset")}
          </button>
        </div>
      ) : null}
      <div aria-live="polite">
        {apply.data && !changed ? (
          <p className="alert alert-success">{t("federation.applied", { version: apply.data.version })}</p>
        ) : null}
      </div>
      <ProblemMessage error={apply.error} />
    </section>
  );
}

function Retract({ record }: { record: SharedRecord }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const retract = useMutation({
    mutationFn: () =>
      call(api.POST("/api/v1/federation/records/{id}/retract", { params: { path: { id: record.id } } })),
    onSuccess: (r) => {
      qc.setQueryData(["federation", "record", record.id], r);
      void qc.invalidateQueries({ queryKey: ["federation", "records"] });
    },
  });
  return (
    <section className="card" aria-labelledby="retract-heading">
      <h2 id="retract-heading">{t("federation.retract")}</h2>
      <p className="hint">{t("federation.retractHint")}</p>
      <div className="actions">
        <button
          type="button"
          className="button-danger"
          disabled={retract.isPending}
          onClick={() => {
            if (window.confirm(t("federation.retractConfirm", { title: record.title }))) retract.mutate();
          }}
        >
          {t("federation.retractButton")}
        </button>
      </div>
      <ProblemMessage error={retract.error} />
    </section>
  );
}

/** Sends a corroboration or a proposal about a received record to its origin node, which alone edits it. */
function ProposeToOrigin({ record }: { record: SharedRecord }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [kind, setKind] = useState<"corroboration" | "proposal">("corroboration");
  const [note, setNote] = useState("");
  const [changes, setChanges] = useState("");
  const send = useMutation({
    mutationFn: () => {
      let parsed: unknown;
      if (kind === "proposal" && changes.trim()) {
        try {
          parsed = JSON.parse(changes);
        } catch {
          parsed = changes.trim(); // free text is fine too
        }
      }
      return call(
        api.POST("/api/v1/federation/records/{id}/proposals", {
          params: { path: { id: record.id } },
          body: { kind, note, ...(parsed !== undefined ? { changes: parsed } : {}) },
        }),
      );
    },
    onSuccess: () => {
      setNote("");
      setChanges("");
      void qc.invalidateQueries({ queryKey: ["federation", "proposals"] });
    },
  });
  return (
    <section className="card" aria-labelledby="propose-heading">
      <h2 id="propose-heading">{t("federation.sendTitle")}</h2>
      <p className="hint">{t("federation.sendIntro")}</p>
      <form
        className="form"
        onSubmit={(e) => {
          e.preventDefault();
          send.mutate();
        }}
      >
        <SelectField
          label={t("federation.proposalKind")}
          value={kind}
          onChange={(e) => setKind(e.target.value as typeof kind)}
        >
          <option value="corroboration">{t("federation.proposalKinds.corroboration")}</option>
          <option value="proposal">{t("federation.proposalKinds.proposal")}</option>
        </SelectField>
        <TextAreaField
          label={t("federation.note")}
          value={note}
          required
          maxLength={5000}
          error={fieldError(send.error, "note")}
          onChange={(e) => setNote(e.target.value)}
        />
        {kind === "proposal" ? (
          <TextAreaField
            label={t("federation.suggestedChanges")}
            hint={t("federation.changesHint")}
            value={changes}
            error={fieldError(send.error, "changes")}
            onChange={(e) => setChanges(e.target.value)}
          />
        ) : null}
        <div className="actions">
          <button type="submit" disabled={send.isPending || !note.trim()}>
            {t("federation.sendToOrigin")}
          </button>
        </div>
      </form>
      <div aria-live="polite">
        {send.data ? <p className="alert alert-success">{t("federation.sentToOrigin")}</p> : null}
      </div>
      <ProblemMessage error={send.error} />
    </section>
  );
}

export function RecordPage() {
  const { t } = useTranslation();
  const fmt = useFormatDate();
  const { id = "" } = useParams();
  const me = useMe();
  const peers = usePeers();
  const record = useQuery({
    queryKey: ["federation", "record", id],
    queryFn: () => call(api.GET("/api/v1/federation/records/{id}", { params: { path: { id } } })),
  });
  const r = record.data;
  const peerName = (nodeId: string | null) =>
    nodeId === null
      ? t("federation.thisNodeShort")
      : (peers.data?.find((p) => p.nodeId === nodeId)?.name ?? nodeId);
  const local = r?.receivedFrom === null;
  const editable = !!r && local && !r.retracted && mayManageFederation(me.data);
  return (
    <div className="page">
      <p className="breadcrumb">
        <Link to="/network/records">{t("federation.recordsTitle")}</Link>
      </p>
      <h1>{r ? r.title || r.id : t("federation.record")}</h1>
      <FederationTabs />
      <ProblemMessage error={record.error ?? peers.error} />
      {r ? (
        <>
          <dl className="facts">
            <dt>{t("federation.type")}</dt>
            <dd>{t(`federation.types.${r.type}`)}</dd>
            <dt>{t("federation.from")}</dt>
            <dd>{peerName(r.receivedFrom)}</dd>
            <dt>{t("federation.version")}</dt>
            <dd>
              {r.version} <span className="muted small">{fmt(r.updatedAt)}</span>
            </dd>
            <dt>{t("federation.tlpColumn")}</dt>
            <dd>{t(`tlp.${r.tlp}`)}</dd>
            <dt>{t("federation.distribution")}</dt>
            <dd>{t(`federation.distributions.${r.distribution}`)}</dd>
            <dt>{t("federation.state")}</dt>
            <dd>{r.retracted ? t("federation.retracted") : t("federation.current")}</dd>
            {r.contentHash ? (
              <>
                <dt>{t("federation.contentHash")}</dt>
                <dd className="break">
                  <code>{r.contentHash}</code>
                </dd>
              </>
            ) : null}
            {local ? (
              <>
                <dt>{t("federation.sentTo")}</dt>
                <dd className="break">
                  {r.sentTo.length
                    ? r.sentTo
                        .map((s) =>
                          t("federation.sentToValue", {
                            name: peerName(s.nodeId),
                            version: s.version,
                            kind: t(`federation.kinds.${s.kind}`),
                          }),
                        )
                        .join("; ")
                    : t("federation.sentToNone")}
                </dd>
              </>
            ) : null}
          </dl>
          {peers.data && !r.retracted ? (
            <SharingPanel key={r.id} record={r} editable={editable} peers={peers.data} />
          ) : null}
          {editable ? <Retract record={r} /> : null}
          {!local && !r.retracted && r.type !== "sharing-group" ? <ProposeToOrigin record={r} /> : null}
        </>
      ) : null}
    </div>
  );
}
