import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { api, call, type Schemas } from "../../app/api.ts";
import { type OrgRole, rolesFor } from "../../app/reference.ts";
import { ME_KEY, useMe } from "../../app/session.ts";
import { SelectField, TextField } from "../../ui/Field.tsx";
import { fieldError, ProblemMessage } from "../../ui/Problem.tsx";
import { useAllOrganisations } from "../organisations/useOrganisations.ts";

type User = Schemas["User"];

function useUserUpdated(id: string) {
  const qc = useQueryClient();
  return (u: User | undefined) => {
    if (u) qc.setQueryData(["user", id], u);
    else void qc.invalidateQueries({ queryKey: ["user", id] });
    void qc.invalidateQueries({ queryKey: ["users"] });
    void qc.invalidateQueries({ queryKey: ["organisations"] });
    void qc.invalidateQueries({ queryKey: ME_KEY });
  };
}

function AccountForm({ user }: { user: User }) {
  const { t } = useTranslation();
  const me = useMe();
  const updated = useUserUpdated(user.id);
  const isNodeAdmin = me.data?.nodeRole === "node-admin";
  const [displayName, setDisplayName] = useState(user.displayName);
  const [status, setStatus] = useState(user.status);
  const [nodeAdmin, setNodeAdmin] = useState(user.nodeRole === "node-admin");
  const save = useMutation({
    mutationFn: () =>
      call(
        api.PATCH("/api/v1/users/{id}", {
          params: { path: { id: user.id } },
          body: {
            displayName,
            status,
            ...(isNodeAdmin ? { nodeRole: nodeAdmin ? ("node-admin" as const) : null } : {}),
          },
        }),
      ),
    onSuccess: updated,
  });
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  return (
    <form onSubmit={onSubmit} noValidate className="card form" aria-labelledby="account-heading">
      <h2 id="account-heading">{t("user.accountHeading")}</h2>
      <ProblemMessage error={save.error} />
      {save.isSuccess ? (
        <p className="alert alert-success" role="status">
          {t("common.saved")}
        </p>
      ) : null}
      <TextField
        label={t("fields.displayName")}
        name="displayName"
        required
        value={displayName}
        onChange={(e) => setDisplayName(e.target.value)}
        error={fieldError(save.error, "displayName")}
      />
      <SelectField
        label={t("fields.status")}
        name="status"
        value={status}
        onChange={(e) => setStatus(e.target.value === "disabled" ? "disabled" : "active")}
        error={fieldError(save.error, "status")}
      >
        <option value="active">{t("status.active")}</option>
        <option value="disabled">{t("status.disabled")}</option>
      </SelectField>
      {isNodeAdmin ? (
        <div className="check">
          <input
            id="user-node-admin"
            type="checkbox"
            checked={nodeAdmin}
            onChange={(e) => setNodeAdmin(e.target.checked)}
          />
          <label htmlFor="user-node-admin">{t("users.makeNodeAdmin")}</label>
        </div>
      ) : null}
      <div className="actions">
        <button type="submit" disabled={save.isPending}>
          {t("common.save")}
        </button>
      </div>
    </form>
  );
}

function MembershipRow({ user, m }: { user: User; m: User["memberships"][number] }) {
  const { t } = useTranslation();
  const updated = useUserUpdated(user.id);
  const [role, setRole] = useState<OrgRole>(m.role);
  const change = useMutation({
    mutationFn: (r: OrgRole) =>
      call(
        api.PUT("/api/v1/organisations/{id}/members/{userId}", {
          params: { path: { id: m.orgId, userId: user.id } },
          body: { role: r },
        }),
      ),
    onSuccess: updated,
  });
  const remove = useMutation({
    mutationFn: () =>
      call(
        api.DELETE("/api/v1/organisations/{id}/members/{userId}", {
          params: { path: { id: m.orgId, userId: user.id } },
        }),
      ),
    onSuccess: () => updated(undefined),
  });
  return (
    <li className="membership">
      <div>
        <strong>{m.orgName}</strong>{" "}
        <span className="muted">
          {t(`orgTypes.${m.orgType}`, { defaultValue: m.orgType })} ·{" "}
          {t(`jurisdictions.${m.jurisdiction}`, { defaultValue: m.jurisdiction })}
        </span>
      </div>
      <div className="inline-form">
        <SelectField
          label={t("user.roleIn", { org: m.orgName })}
          value={role}
          onChange={(e) => {
            const r = e.target.value as OrgRole;
            setRole(r);
            change.mutate(r);
          }}
        >
          {rolesFor(m.orgType).map((r) => (
            <option key={r} value={r}>
              {t(`roles.${r}`)}
            </option>
          ))}
        </SelectField>
        <button
          type="button"
          className="button-danger"
          disabled={remove.isPending}
          onClick={() => {
            if (window.confirm(t("user.removeConfirm", { org: m.orgName }))) remove.mutate();
          }}
        >
          {t("user.remove")}
          <span className="visually-hidden"> {m.orgName}</span>
        </button>
      </div>
      <ProblemMessage error={change.error ?? remove.error} />
    </li>
  );
}

function AddMembership({ user }: { user: User }) {
  const { t } = useTranslation();
  const orgs = useAllOrganisations();
  const updated = useUserUpdated(user.id);
  const [orgId, setOrgId] = useState("");
  const [role, setRole] = useState<OrgRole | "">("");
  const candidates = orgs.data?.items.filter((o) => !user.memberships.some((m) => m.orgId === o.id)) ?? [];
  const org = candidates.find((o) => o.id === orgId);
  const add = useMutation({
    mutationFn: () =>
      call(
        api.PUT("/api/v1/organisations/{id}/members/{userId}", {
          params: { path: { id: orgId, userId: user.id } },
          body: { role: role as OrgRole },
        }),
      ),
    onSuccess: (u) => {
      setOrgId("");
      setRole("");
      updated(u);
    },
  });
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    add.mutate();
  };
  return (
    <form onSubmit={onSubmit} noValidate className="form" aria-labelledby="add-membership-heading">
      <h3 id="add-membership-heading">{t("user.addMembership")}</h3>
      <ProblemMessage error={add.error} />
      <div className="grid-2">
        <SelectField
          label={t("fields.organisation")}
          value={orgId}
          onChange={(e) => {
            setOrgId(e.target.value);
            setRole("");
          }}
        >
          <option value="">{t("user.chooseOrganisation")}</option>
          {candidates.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name} ({o.jurisdiction})
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t("fields.role")}
          value={role}
          disabled={!org}
          onChange={(e) => setRole(e.target.value as OrgRole | "")}
          error={fieldError(add.error, "role")}
        >
          <option value="">{t("users.chooseRole")}</option>
          {(org ? rolesFor(org.type) : []).map((r) => (
            <option key={r} value={r}>
              {t(`roles.${r}`)}
            </option>
          ))}
        </SelectField>
      </div>
      <div className="actions">
        <button type="submit" disabled={!org || !role || add.isPending}>
          {t("user.add")}
        </button>
      </div>
    </form>
  );
}

export function UserPage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const user = useQuery({
    queryKey: ["user", id],
    queryFn: () => call(api.GET("/api/v1/users/{id}", { params: { path: { id } } })),
  });
  const u = user.data;
  return (
    <div className="page">
      <p>
        <Link to="/users">{t("user.back")}</Link>
      </p>
      <ProblemMessage error={user.error} />
      {user.isPending ? <p role="status">{t("common.loading")}</p> : null}
      {u ? (
        <>
          <h1>{u.displayName}</h1>
          <p className="lead break">{u.email}</p>
          <AccountForm key={`${u.id}-${u.status}-${u.nodeRole}`} user={u} />
          <section className="card" aria-labelledby="memberships-heading">
            <h2 id="memberships-heading">{t("users.memberships")}</h2>
            {u.memberships.length === 0 ? <p>{t("user.noMemberships")}</p> : null}
            <ul className="plain-list">
              {u.memberships.map((m) => (
                <MembershipRow key={`${m.orgId}-${m.role}`} user={u} m={m} />
              ))}
            </ul>
            <AddMembership user={u} />
          </section>
        </>
      ) : null}
    </div>
  );
}
