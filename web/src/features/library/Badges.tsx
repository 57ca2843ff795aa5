import { useTranslation } from "react-i18next";
import type { CrosswalkEntry, FrameworkSummary } from "./library.ts";

/** Binding / voluntary / draft / none adopted. */
export function BindingBadge({ status }: { status: FrameworkSummary["bindingStatus"] }) {
  const { t } = useTranslation();
  return <span className={`status binding-${status}`}>{t(`bindingStatus.${status}`)}</span>;
}

/** Draft and unverified content is flagged: it awaits review. */
export function ReviewBadge({ status }: { status: FrameworkSummary["reviewStatus"] }) {
  const { t } = useTranslation();
  if (status === "reviewed")
    return <span className="status review-reviewed">{t("reviewStatus.reviewed")}</span>;
  return (
    <span className={`status review-${status}`} title={t("library.awaitingReview")}>
      {t(`reviewStatus.${status}`)}
    </span>
  );
}

export function UnverifiedBadge() {
  const { t } = useTranslation();
  return (
    <span className="status review-unverified" title={t("reader.unverifiedHint")}>
      {t("reader.unverified")}
    </span>
  );
}

export function RelationshipBadge({ relationship }: { relationship: CrosswalkEntry["relationship"] }) {
  const { t } = useTranslation();
  const key = relationship ?? "shared-hub";
  return (
    <span className={`status rel rel-${key}`} title={t(`relationshipHints.${key}`)}>
      {t(`relationships.${key}`)}
    </span>
  );
}

export function ConfidenceBadge({ confidence }: { confidence: CrosswalkEntry["confidence"] }) {
  const { t } = useTranslation();
  return (
    <span className={`status conf conf-${confidence}`}>
      {t("compare.confidence", { level: t(`confidence.${confidence}`) })}
    </span>
  );
}
