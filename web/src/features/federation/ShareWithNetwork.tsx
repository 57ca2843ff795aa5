import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Schemas } from "../../app/api.ts";
import { SelectField } from "../../ui/Field.tsx";
import { useFormatDate } from "../../ui/format.ts";
import { fieldError, ProblemMessage } from "../../ui/Problem.tsx";
import { DISTRIBUTIONS, type Distribution, TLPS } from "./federation.tsx";

type ShareState = Schemas["LocalShareState"];
type Preview = Schemas["SharingPreview"];
/** The sharing a module's share endpoint takes (residency is set by node administrators on /network). */
export interface ShareBody {
  tlp: (typeof TLPS)[number];
  distribution: Distribution;
  sharingGroupId: string | null;
}

/**
 * "Share with the network": choose TLP, distribution and sharing group, see exactly which peer
 * nodes would receive it (the same decision the changes feed makes), share (again: a new
 * version) or withdraw. For one of this node's own records: an assessment summary, a footprint report.
 */
export function ShareWithNetwork({
  queryKey,
  title,
  intro,
  load,
  preview,
  share,
  unshare,
  disabledReason,
}: {
  queryKey: readonly unknown[];
  title: string;
  intro: string;
  load: () => Promise<ShareState>;
  preview: (body: ShareBody) => Promise<Preview>;
  share: (body: ShareBody) => Promise<ShareState>;
  unshare: () => Promise<ShareState>;
  /** Why it cannot be shared yet (the panel then only says so). */
  disabledReason?: string | undefined;
}) {
  const { t } = useTranslation();
  const fmt = useFormatDate();
  const qc = useQueryClient();
  const headingId = useId();
  const tlpHint = useId();
  const state = useQuery({ queryKey, queryFn: load });
  const [draft, setDraft] = useState<ShareBody>({ tlp: "green", distribution: 3, sharingGroupId: null });
  // Once loaded, start from how it is shared now (if it is).
  const current = state.data?.shared;
  const [seen, setSeen] = useState<number | null>(null);
  if (current && !current.retracted && seen !== current.version) {
    setSeen(current.version);
    setDraft({
      tlp: current.tlp,
      distribution: current.distribution as Distribution,
      sharingGroupId: current.sharingGroupId,
    });
  }
  const recipients = useQuery({
    queryKey: [...queryKey, "preview", draft],
    queryFn: () => preview(draft),
    enabled: !disabledReason && (draft.distribution !== 4 || !!draft.sharingGroupId),
    placeholderData: keepPreviousData,
  });
  const done = (s: ShareState) => qc.setQueryData(queryKey, s);
  const doShare = useMutation({ mutationFn: () => share(draft), onSuccess: done });
  const doUnshare = useMutation({ mutationFn: unshare, onSuccess: done });
  const s = state.data?.shared;
  const live = !!s && !s.retracted;
  const groups = state.data?.groups ?? [];
  const receiving = (recipients.data?.recipients ?? []).filter((r) => r.send && r.as === "record");
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      <p className="hint">{intro}</p>
      <ProblemMessage error={state.error} />
      <div aria-live="polite">
        {state.data ? (
          <p>
            {!s
              ? t("share.notShared")
              : s.retracted
                ? t("share.withdrawn", { version: s.version })
                : t("share.sharedAs", { version: s.version, tlp: t(`tlp.${s.tlp}`), when: fmt(s.updatedAt) })}
          </p>
        ) : null}
      </div>
      {disabledReason ? (
        <p className="alert alert-info">{disabledReason}</p>
      ) : state.data ? (
        <>
          <div className="form">
            <SelectField
              label={t("federation.tlpColumn")}
              value={draft.tlp}
              aria-describedby={tlpHint}
              onChange={(e) => setDraft((d) => ({ ...d, tlp: e.target.value as ShareBody["tlp"] }))}
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
              onChange={(e) => {
                const distribution = Number(e.target.value) as Distribution;
                setDraft((d) => ({
                  ...d,
                  distribution,
                  sharingGroupId: distribution === 4 ? (d.sharingGroupId ?? groups[0]?.id ?? null) : null,
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
                error={fieldError(doShare.error ?? recipients.error, "sharingGroupId")}
                onChange={(e) => setDraft((d) => ({ ...d, sharingGroupId: e.target.value || null }))}
              >
                <option value="">{t("federation.chooseGroup")}</option>
                {groups.map((g) => (
                  <option key={g.id} value={g.id}>
                    {g.name}
                  </option>
                ))}
              </SelectField>
            ) : null}
          </div>
          <div aria-busy={recipients.isFetching}>
            <h3>{t("share.previewTitle")}</h3>
            <ProblemMessage error={recipients.error} />
            {recipients.data ? (
              recipients.data.recipients.length === 0 ? (
                <p>{t("share.noPeers")}</p>
              ) : (
                <>
                  <p>
                    {t("share.recipients", {
                      n: receiving.length,
                      total: recipients.data.recipients.length,
                    })}
                  </p>
                  <ul className="plain-list small">
                    {recipients.data.recipients.map((r) => (
                      <li key={r.nodeId} className="break">
                        <strong>
                          {r.name} ({r.jurisdiction})
                        </strong>
                        {": "}
                        {r.send
                          ? r.as === "retraction"
                            ? t("federation.getsRetraction")
                            : r.organisations === "all" || r.organisations === null
                              ? t("federation.allOrgs")
                              : t("share.orgsCount", { n: r.organisations.length })
                          : t("federation.no")}
                        {" — "}
                        <span className="muted">{r.reasons.join("; ")}</span>
                      </li>
                    ))}
                  </ul>
                </>
              )
            ) : null}
          </div>
          <div className="actions">
            <button type="button" disabled={doShare.isPending} onClick={() => doShare.mutate()}>
              {live ? t("share.shareAgain") : t("share.share")}
            </button>
            {live ? (
              <button
                type="button"
                className="button-danger"
                disabled={doUnshare.isPending}
                onClick={() => {
                  if (window.confirm(t("share.unshareConfirm"))) doUnshare.mutate();
                }}
              >
                {t("share.unshare")}
              </button>
            ) : null}
          </div>
          <ProblemMessage error={doShare.error ?? doUnshare.error} />
        </>
      ) : null}
    </section>
  );
}
