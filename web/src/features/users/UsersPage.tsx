import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { api, call, type Schemas } from "../../app/api.ts";
import { isLanguage, LANGUAGES, type LanguageCode } from "../../app/i18n.ts";
import { type OrgRole, rolesFor } from "../../app/reference.ts";
import { useMe } from "../../app/session.ts";
import { SelectField, TextField } from "../../ui/Field.tsx";
import { Pager } from "../../ui/Pager.tsx";
import { fieldError, ProblemMessage } from "../../ui/Problem.tsx";
import { useAllOrganisations } from "../organisations/useOrganisations.ts";

const PAGE = 25;

function CreateUser({ onCreated }: { onCreated: (u: Schemas["User"]) => void }) {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const qc = useQueryClient();
  const orgs = useAllOrganisations();
  const isNodeAdmin = me.data?.nodeRole === "node-admin";
  const [email, setEmail] = useState("");
  const [displayName, setDisplayName] = useState("");
  const [password, setPassword] = useState("");
  const [locale, setLocale] = useState<LanguageCode>(isLanguage(i18n.language) ? i18n.language : "en");
  const [nodeAdmin, setNodeAdmin] = useState(false);
  const [orgId, setOrgId] = useState("");
  const [role, setRole] = useState<OrgRole | "">("");
  const org = orgs.data?.items.find((o) => o.id === orgId);
  const roles = org ? rolesFor(org.type) : [];

  const create = useMutation({
    mutationFn: () =>
      call(
        api.POST("/api/v1/users", {
          body: {
            email,
            displayName,
            locale,
            nodeRole: nodeAdmin ? "node-admin" : null,
            ...(password ? { password } : {}),
            ...(orgId && role ? { membership: { orgId, role } } : {}),
          },
        }),
      ),
    onSuccess: (u) => {
      void qc.invalidateQueries({ queryKey: ["users"] });
      void qc.invalidateQueries({ queryKey: ["organisations"] });
      setEmail("");
      setDisplayName("");
      setPassword("");
      setNodeAdmin(false);
      setOrgId("");
      setRole("");
      onCreated(u);
    },
  });
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate();
  };
  return (
    <form onSubmit={onSubmit} noValidate className="form" aria-labelledby="create-user-heading">
      <h2 id="create-user-heading">{t("users.createHeading")}</h2>
      <ProblemMessage error={create.error} />
      <div className="grid-2">
        <TextField
          label={t("fields.email")}
          type="email"
          name="email"
          autoComplete="off"
          required
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          error={fieldError(create.error, "email")}
        />
        <TextField
          label={t("fields.displayName")}
          name="displayName"
          autoComplete="off"
          required
          value={displayName}
          onChange={(e) => setDisplayName(e.target.value)}
          error={fieldError(create.error, "displayName")}
        />
        <TextField
          label={t("fields.initialPassword")}
          type="password"
          name="password"
          autoComplete="new-password"
          hint={t("users.passwordHint")}
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={fieldError(create.error, "password")}
        />
        <SelectField
          label={t("fields.language")}
          name="locale"
          value={locale}
          onChange={(e) => {
            if (isLanguage(e.target.value)) setLocale(e.target.value);
          }}
          error={fieldError(create.error, "locale")}
        >
          {LANGUAGES.map((l) => (
            <option key={l.code} value={l.code} lang={l.code}>
              {l.nativeName}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t("fields.organisation")}
          name="orgId"
          value={orgId}
          onChange={(e) => {
            setOrgId(e.target.value);
            setRole("");
          }}
          error={fieldError(create.error, "membership")}
          hint={isNodeAdmin ? t("users.orgOptional") : undefined}
        >
          <option value="">{t("users.noOrganisation")}</option>
          {orgs.data?.items.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name} ({o.jurisdiction})
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t("fields.role")}
          name="role"
          value={role}
          disabled={!org}
          onChange={(e) => setRole(e.target.value as OrgRole | "")}
        >
          <option value="">{t("users.chooseRole")}</option>
          {roles.map((r) => (
            <option key={r} value={r}>
              {t(`roles.${r}`)}
            </option>
          ))}
        </SelectField>
      </div>
      {isNodeAdmin ? (
        <div className="check">
          <input
            id="new-user-node-admin"
            type="checkbox"
            checked={nodeAdmin}
            onChange={(e) => setNodeAdmin(e.target.checked)}
          />
          <label htmlFor="new-user-node-admin">{t("users.makeNodeAdmin")}</label>
        </div>
      ) : null}
      <div className="actions">
        <button type="submit" disabled={create.isPending}>
          {t("users.create")}
        </button>
      </div>
    </form>
  );
}

export function UsersPage() {
  const { t } = useTranslation();
  const [q, setQ] = useState("");
  const [search, setSearch] = useState("");
  const [offset, setOffset] = useState(0);
  const [created, setCreated] = useState<Schemas["User"] | null>(null);
  const users = useQuery({
    queryKey: ["users", search, offset],
    queryFn: () =>
      call(
        api.GET("/api/v1/users", {
          params: { query: { limit: PAGE, offset, ...(search ? { q: search } : {}) } },
        }),
      ),
    placeholderData: keepPreviousData,
  });

  const onSearch = (e: FormEvent) => {
    e.preventDefault();
    setSearch(q.trim());
    setOffset(0);
  };

  return (
    <div className="page">
      <h1>{t("users.title")}</h1>
      {created ? (
        <p className="alert alert-success" role="status">
          {t("users.created", { email: created.email })}{" "}
          <Link to={`/users/${created.id}`}>{t("users.openCreated")}</Link>
        </p>
      ) : null}
      <details className="card">
        <summary>{t("users.createHeading")}</summary>
        <CreateUser onCreated={setCreated} />
      </details>

      <search>
        <form onSubmit={onSearch} className="filters">
          <TextField
            label={t("users.search")}
            type="search"
            name="q"
            value={q}
            onChange={(e) => setQ(e.target.value)}
          />
          <div className="actions">
            <button type="submit">{t("common.search")}</button>
          </div>
        </form>
      </search>

      <ProblemMessage error={users.error} />
      {users.data ? (
        users.data.items.length === 0 ? (
          <p>{t("users.none")}</p>
        ) : (
          <div className="table-wrap">
            <table>
              <caption className="visually-hidden">{t("users.title")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("fields.displayName")}</th>
                  <th scope="col">{t("fields.email")}</th>
                  <th scope="col">{t("fields.status")}</th>
                  <th scope="col">{t("users.memberships")}</th>
                </tr>
              </thead>
              <tbody>
                {users.data.items.map((u) => (
                  <tr key={u.id}>
                    <td>
                      <Link to={`/users/${u.id}`}>{u.displayName}</Link>
                      {u.nodeRole ? <span className="badge">{t(`roles.${u.nodeRole}`)}</span> : null}
                    </td>
                    <td className="break">{u.email}</td>
                    <td>
                      <span className={`status status-${u.status}`}>{t(`status.${u.status}`)}</span>
                    </td>
                    <td>
                      {u.memberships.map((m) => (
                        <div key={m.orgId}>
                          {m.orgName} — {t(`roles.${m.role}`)}
                        </div>
                      ))}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )
      ) : users.isPending ? (
        <p role="status">{t("common.loading")}</p>
      ) : null}
      {users.data ? (
        <Pager total={users.data.total} limit={PAGE} offset={offset} onOffset={setOffset} />
      ) : null}
    </div>
  );
}
