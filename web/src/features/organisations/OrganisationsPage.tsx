import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { api, call, type Schemas } from "../../app/api.ts";
import { ORG_TYPES, type OrgType, useJurisdictions } from "../../app/reference.ts";
import { useMe } from "../../app/session.ts";
import { SelectField, TextField } from "../../ui/Field.tsx";
import { Pager } from "../../ui/Pager.tsx";
import { fieldError, ProblemMessage } from "../../ui/Problem.tsx";

type Org = Schemas["Organisation"];
const PAGE = 25;

function JurisdictionOptions() {
  const { t } = useTranslation();
  const jurisdictions = useJurisdictions();
  return (
    <>
      {jurisdictions.data?.map((j) => (
        <option key={j.code} value={j.code}>
          {t(`jurisdictions.${j.code}`, { defaultValue: j.name })}
        </option>
      ))}
    </>
  );
}

function CreateOrganisation({ onCreated }: { onCreated: (o: Org) => void }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [name, setName] = useState("");
  const [type, setType] = useState<OrgType>("company");
  const [jurisdiction, setJurisdiction] = useState("");
  const create = useMutation({
    mutationFn: () => call(api.POST("/api/v1/organisations", { body: { name, type, jurisdiction } })),
    onSuccess: (o) => {
      void qc.invalidateQueries({ queryKey: ["organisations"] });
      setName("");
      onCreated(o);
    },
  });
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate();
  };
  return (
    <form onSubmit={onSubmit} noValidate className="form" aria-labelledby="create-org-heading">
      <h2 id="create-org-heading">{t("orgs.createHeading")}</h2>
      <ProblemMessage error={create.error} />
      <div className="grid-2">
        <TextField
          label={t("fields.orgName")}
          name="name"
          required
          autoComplete="organization"
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={fieldError(create.error, "name")}
        />
        <SelectField
          label={t("fields.orgType")}
          name="type"
          value={type}
          onChange={(e) => setType(e.target.value as OrgType)}
          error={fieldError(create.error, "type")}
        >
          {ORG_TYPES.map((o) => (
            <option key={o} value={o}>
              {t(`orgTypes.${o}`)}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t("fields.jurisdiction")}
          name="jurisdiction"
          required
          value={jurisdiction}
          onChange={(e) => setJurisdiction(e.target.value)}
          error={fieldError(create.error, "jurisdiction")}
        >
          <option value="">{t("orgs.chooseJurisdiction")}</option>
          <JurisdictionOptions />
        </SelectField>
      </div>
      <div className="actions">
        <button type="submit" disabled={create.isPending}>
          {t("orgs.create")}
        </button>
      </div>
    </form>
  );
}

function RenameForm({ org, onDone }: { org: Org; onDone: () => void }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [name, setName] = useState(org.name);
  const rename = useMutation({
    mutationFn: () =>
      call(api.PATCH("/api/v1/organisations/{id}", { params: { path: { id: org.id } }, body: { name } })),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ["organisations"] });
      void qc.invalidateQueries({ queryKey: ["users"] });
      onDone();
    },
  });
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    rename.mutate();
  };
  return (
    <form onSubmit={onSubmit} noValidate className="inline-form">
      <TextField
        label={t("orgs.newName", { name: org.name })}
        value={name}
        required
        onChange={(e) => setName(e.target.value)}
        error={fieldError(rename.error, "name")}
      />
      <div className="actions">
        <button type="submit" disabled={rename.isPending}>
          {t("common.save")}
        </button>
        <button type="button" className="button-secondary" onClick={onDone}>
          {t("common.cancel")}
        </button>
      </div>
      <ProblemMessage error={rename.error} />
    </form>
  );
}

export function OrganisationsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const roles = new Set(me.data?.roles ?? []);
  const canCreate = roles.has("node-admin") || roles.has("regulator-admin");
  const [q, setQ] = useState("");
  const [jurisdiction, setJurisdiction] = useState("");
  const [type, setType] = useState("");
  const [filters, setFilters] = useState({ q: "", jurisdiction: "", type: "" });
  const [offset, setOffset] = useState(0);
  const [editing, setEditing] = useState<string | null>(null);
  const [created, setCreated] = useState<Org | null>(null);

  const orgs = useQuery({
    queryKey: ["organisations", "page", filters, offset],
    queryFn: () =>
      call(
        api.GET("/api/v1/organisations", {
          params: {
            query: {
              limit: PAGE,
              offset,
              ...(filters.q ? { q: filters.q } : {}),
              ...(filters.jurisdiction ? { jurisdiction: filters.jurisdiction } : {}),
              ...(filters.type ? { type: filters.type as OrgType } : {}),
            },
          },
        }),
      ),
    placeholderData: keepPreviousData,
  });

  const onFilter = (e: FormEvent) => {
    e.preventDefault();
    setFilters({ q: q.trim(), jurisdiction, type });
    setOffset(0);
  };

  return (
    <div className="page">
      <h1>{t("orgs.title")}</h1>
      {created ? (
        <p className="alert alert-success" role="status">
          {t("orgs.created", { name: created.name })}
        </p>
      ) : null}
      {canCreate ? (
        <details className="card">
          <summary>{t("orgs.createHeading")}</summary>
          <CreateOrganisation onCreated={setCreated} />
        </details>
      ) : null}

      <search aria-label={t("orgs.filters")}>
        <form onSubmit={onFilter} className="filters">
          <TextField
            label={t("orgs.search")}
            type="search"
            value={q}
            onChange={(e) => setQ(e.target.value)}
          />
          <SelectField
            label={t("fields.jurisdiction")}
            value={jurisdiction}
            onChange={(e) => setJurisdiction(e.target.value)}
          >
            <option value="">{t("common.all")}</option>
            <JurisdictionOptions />
          </SelectField>
          <SelectField label={t("fields.orgType")} value={type} onChange={(e) => setType(e.target.value)}>
            <option value="">{t("common.all")}</option>
            {ORG_TYPES.map((o) => (
              <option key={o} value={o}>
                {t(`orgTypes.${o}`)}
              </option>
            ))}
          </SelectField>
          <div className="actions">
            <button type="submit">{t("common.filter")}</button>
          </div>
        </form>
      </search>

      <ProblemMessage error={orgs.error} />
      {orgs.data?.items.length === 0 ? <p>{t("orgs.none")}</p> : null}
      {orgs.data && orgs.data.items.length > 0 ? (
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">{t("orgs.title")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("fields.orgName")}</th>
                <th scope="col">{t("fields.orgType")}</th>
                <th scope="col">{t("fields.jurisdiction")}</th>
                <th scope="col">{t("orgs.members")}</th>
                <th scope="col">
                  <span className="visually-hidden">{t("common.actions")}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {orgs.data.items.map((o) =>
                editing === o.id ? (
                  <tr key={o.id}>
                    <td colSpan={5}>
                      <RenameForm org={o} onDone={() => setEditing(null)} />
                    </td>
                  </tr>
                ) : (
                  <tr key={o.id}>
                    <td>{o.name}</td>
                    <td>{t(`orgTypes.${o.type}`)}</td>
                    <td>{t(`jurisdictions.${o.jurisdiction}`, { defaultValue: o.jurisdiction })}</td>
                    <td>{o.memberCount}</td>
                    <td>
                      <button type="button" className="button-secondary" onClick={() => setEditing(o.id)}>
                        {t("orgs.rename")}
                        <span className="visually-hidden"> {o.name}</span>
                      </button>
                    </td>
                  </tr>
                ),
              )}
            </tbody>
          </table>
        </div>
      ) : null}
      {orgs.data ? <Pager total={orgs.data.total} limit={PAGE} offset={offset} onOffset={setOffset} /> : null}
    </div>
  );
}
