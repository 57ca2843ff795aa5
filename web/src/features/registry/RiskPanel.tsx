import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ReviewBadge } from "../library/Badges.tsx";
import type { Risk } from "./registry.ts";

type Classification = Risk["classifications"][number];

/** A jurisdiction classifier's tier, in the reader's language when known (else the rule pack's label). */
export function TierBadge({ c }: { c: Pick<Classification, "classifier" | "tier" | "tierLabel"> }) {
  const { t } = useTranslation();
  return (
    <span className={`status tier tier-${c.tier}`}>
      {t([`tiers.${c.classifier}.${c.tier}`, "tiers.unknown"], { label: c.tierLabel })}
    </span>
  );
}

function Cites({ cites }: { cites: { ref: string; control?: string | undefined }[] }) {
  const { t } = useTranslation();
  if (!cites.length) return null;
  return (
    <p className="small">
      {t("risk.cites")} <span lang="en">{cites.map((c) => c.ref).join(", ")}</span>
    </p>
  );
}

function ClassifierCard({ c }: { c: Classification }) {
  const { t } = useTranslation();
  return (
    <section className="card classifier" aria-labelledby={`cls-${c.classifier}`}>
      <h3 id={`cls-${c.classifier}`}>
        {t([`classifiers.${c.classifier}`, "classifiers.unknown"], { title: c.title })}
      </h3>
      <p className="badges">
        <TierBadge c={c} />
        {c.reviewStatus !== "reviewed" ? <ReviewBadge status={c.reviewStatus as "draft"} /> : null}
        {c.dependsOnPendingDecree ? (
          <span className="status pending-decree">{t("risk.pendingDecree")}</span>
        ) : null}
      </p>
      <p className="small muted">
        {t("risk.classifierMeta", {
          jurisdiction: t([`jurisdictions.${c.jurisdiction}`, "risk.otherJurisdiction"], {
            code: c.jurisdiction,
          }),
          version: c.version,
        })}
        {c.framework ? (
          <>
            {" · "}
            <Link to={`/library/${c.framework}`}>{t("risk.readFramework")}</Link>
          </>
        ) : null}
      </p>
      {c.fired.length ? (
        <>
          <h4>{t("risk.rulesFired")}</h4>
          <ul className="plain-list fired">
            {c.fired.map((f) => (
              <li key={f.id}>
                <p lang="en">{f.explanation}</p>
                <Cites cites={f.cites} />
                <p className="badges">
                  {f.dependsOnDecree ? (
                    <span className="status pending-decree">{t("risk.pendingDecree")}</span>
                  ) : null}
                  {f.verification !== "verified" ? (
                    <span className="status review-unverified">{t("risk.citationUnverified")}</span>
                  ) : null}
                </p>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>{t("risk.noRulesFired")}</p>
      )}
      {c.flags.length ? (
        <>
          <h4>{t("risk.flags")}</h4>
          <ul className="plain-list fired">
            {c.flags.map((f) => (
              <li key={f.id}>
                <p lang="en">{f.explanation}</p>
                <Cites cites={f.cites} />
                {f.dependsOnDecree ? (
                  <span className="status pending-decree">{t("risk.pendingDecree")}</span>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

/** The result of the risk step: recommended human involvement with its reasoning, and each classifier's tier. */
export function RiskPanel({ risk }: { risk: Risk }) {
  const { t } = useTranslation();
  const inv = risk.involvement;
  return (
    <div className="risk-panel">
      <section aria-labelledby="risk-involvement">
        <h2 id="risk-involvement">{t("risk.involvementTitle")}</h2>
        {inv ? (
          <div className="card involvement">
            <p className="ours-note">
              <span className="status ours">{t("risk.oursBadge")}</span> {t("risk.oursNote")}
            </p>
            <p className="recommended">
              {t("risk.recommended")} <strong>{t(`involvement.${inv.level}`)}</strong>
            </p>
            <p className="small">{t(`involvementHints.${inv.level}`)}</p>
            <dl className="facts">
              <dt>{t("risk.probability")}</dt>
              <dd>
                {t("risk.scaleValue", {
                  value: inv.probability.value,
                  label: t(`probability.${inv.probability.value}.label`),
                })}
              </dd>
              <dt>{t("risk.severity")}</dt>
              <dd>
                {t("risk.scaleValue", {
                  value: inv.severity.value,
                  label: t(`severity.${inv.severity.value}.label`),
                })}
              </dd>
              <dt>{t("risk.score")}</dt>
              <dd>{inv.score}</dd>
              <dt>{t("risk.current")}</dt>
              <dd>{t(`involvement.${inv.currentInvolvement}`)}</dd>
            </dl>
            <div className={inv.meetsRecommendation ? "alert alert-success" : "alert alert-warning"}>
              <p>{inv.meetsRecommendation ? t("risk.meets") : t("risk.doesNotMeet")}</p>
            </div>
            <h3>{t("risk.reasoning")}</h3>
            <ul lang="en">
              {inv.reasoning.map((r) => (
                <li key={r}>{r}</li>
              ))}
            </ul>
            <p className="small muted">
              {t("risk.scaleMeta", { id: inv.scale.id, version: inv.scale.version })}{" "}
              <span lang="en">{inv.basis}</span>
            </p>
          </div>
        ) : (
          <p>{t("risk.noAssessment")}</p>
        )}
      </section>
      <section aria-labelledby="risk-tiers">
        <h2 id="risk-tiers">{t("risk.tiersTitle")}</h2>
        <p className="small">{t("risk.tiersIntro")}</p>
        {risk.classifications.map((c) => (
          <ClassifierCard key={c.classifier} c={c} />
        ))}
      </section>
    </div>
  );
}
