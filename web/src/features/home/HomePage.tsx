import { useTranslation } from "react-i18next";
import { useJurisdictions, useNodeInfo } from "../../app/reference.ts";
import { useMe } from "../../app/session.ts";
import { ProblemMessage } from "../../ui/Problem.tsx";

export function HomePage() {
  const { t } = useTranslation();
  const me = useMe();
  const node = useNodeInfo();
  const jurisdictions = useJurisdictions();
  const user = me.data;

  return (
    <div className="page">
      <h1>{t("home.title", { name: user?.displayName ?? "" })}</h1>
      {user ? (
        <p className="lead">
          {user.roles.length
            ? t("home.yourRoles", { roles: user.roles.map((r) => t(`roles.${r}`)).join(", ") })
            : t("home.noRoles")}
        </p>
      ) : null}

      <section aria-labelledby="node-heading" className="card">
        <h2 id="node-heading">{t("home.nodeHeading")}</h2>
        <ProblemMessage error={node.error} />
        {node.data ? (
          <dl className="facts">
            <div>
              <dt>{t("home.nodeName")}</dt>
              <dd>{node.data.name}</dd>
            </div>
            <div>
              <dt>{t("home.nodeJurisdiction")}</dt>
              <dd>
                {t(`jurisdictions.${node.data.jurisdiction}`, { defaultValue: node.data.jurisdiction })}
              </dd>
            </div>
            <div>
              <dt>{t("home.fingerprint")}</dt>
              <dd>
                <code className="break">{node.data.fingerprint}</code>
              </dd>
            </div>
            <div>
              <dt>{t("home.version")}</dt>
              <dd>{node.data.version}</dd>
            </div>
          </dl>
        ) : node.isPending ? (
          <p role="status">{t("common.loading")}</p>
        ) : null}
        <p className="hint">{t("home.fingerprintHint")}</p>
      </section>

      {user?.memberships.length ? (
        <section aria-labelledby="memberships-heading" className="card">
          <h2 id="memberships-heading">{t("home.membershipsHeading")}</h2>
          <ul className="plain-list">
            {user.memberships.map((m) => (
              <li key={m.orgId}>
                <strong>{m.orgName}</strong> — {t(`roles.${m.role}`)} (
                {t(`jurisdictions.${m.jurisdiction}`, { defaultValue: m.jurisdiction })})
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="jurisdictions-heading">
        <h2 id="jurisdictions-heading">{t("home.jurisdictionsHeading")}</h2>
        <ProblemMessage error={jurisdictions.error} />
        <ul className="jurisdictions">
          {jurisdictions.data?.map((j) => (
            <li key={j.code} className="card jurisdiction">
              <span className="code">{j.code}</span>
              <span className="jname">{t(`jurisdictions.${j.code}`, { defaultValue: j.name })}</span>
              <span className="native" lang={j.nativeLang}>
                {j.nativeName}
              </span>
              <span className="kind">{t(`jurisdictionKinds.${j.kind}`)}</span>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
