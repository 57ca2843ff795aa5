import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { api, call } from "../../app/api.ts";
import { useFormatDate } from "../../ui/format.ts";
import { ProblemMessage } from "../../ui/Problem.tsx";

/** The regulator's queue: assessments submitted to its jurisdictions. */
export function ReviewsPage() {
  const { t } = useTranslation();
  const date = useFormatDate();
  const queue = useQuery({ queryKey: ["reviews"], queryFn: () => call(api.GET("/api/v1/reviews")) });
  const items = queue.data ?? [];
  return (
    <div className="page">
      <h1>{t("reviews.title")}</h1>
      <p className="lead">{t("reviews.intro")}</p>
      <ProblemMessage error={queue.error} />
      {queue.isPending ? <p role="status">{t("common.loading")}</p> : null}
      {queue.data && !items.length ? <p>{t("reviews.empty")}</p> : null}
      {items.length ? (
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">{t("reviews.caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("reviews.system")}</th>
                <th scope="col">{t("reviews.jurisdiction")}</th>
                <th scope="col">{t("assess.status")}</th>
                <th scope="col">{t("reviews.submittedAt")}</th>
                <th scope="col">{t("reviews.comments")}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((r) => (
                <tr key={`${r.assessmentId}-${r.jurisdiction}`}>
                  <td className="break">
                    <Link to={`/assessments/${r.assessmentId}`}>{r.systemName}</Link>
                    <div className="small muted">
                      <span className="ref">{r.ref}</span> · {r.orgName}
                    </div>
                  </td>
                  <td>
                    {t([`jurisdictions.${r.jurisdiction}`, "risk.otherJurisdiction"], {
                      code: r.jurisdiction,
                    })}
                  </td>
                  <td>
                    <span className={`status as-${r.status}`}>{t(`assessStatus.${r.status}`)}</span>
                  </td>
                  <td className="small">{date(r.submittedAt)}</td>
                  <td className="small">
                    {r.commentCount}
                    {r.lastCommentBy === "organisation" ? (
                      <>
                        {" "}
                        <span className="status org-replied">{t("reviews.orgReplied")}</span>
                      </>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </div>
  );
}
