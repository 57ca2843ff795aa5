import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { SelectField, TextField } from "../../ui/Field.tsx";
import { useFormatDate } from "../../ui/format.ts";
import { Pager } from "../../ui/Pager.tsx";
import { ProblemMessage } from "../../ui/Problem.tsx";
import { useCountryName } from "../incidents/incidents.ts";
import {
  AI_TYPES,
  isFull,
  MEMBER_STATES,
  SYSTEM_STATUS,
  type SystemFilters,
  useSystems,
} from "./registry.ts";

const LIMIT = 25;

export function SystemsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const date = useFormatDate();
  const country = useCountryName();
  const q = params.get("q") ?? "";
  const [draft, setDraft] = useState(q);
  const status = params.get("status") ?? "";
  const aiType = params.get("aiType") ?? "";
  const where = params.get("country") ?? "";
  const offset = Number(params.get("offset") ?? 0) || 0;
  const query: SystemFilters = {
    limit: LIMIT,
    offset,
    ...(q ? { q } : {}),
    ...((SYSTEM_STATUS as readonly string[]).includes(status)
      ? { status: status as SystemFilters["status"] }
      : {}),
    ...((AI_TYPES as readonly string[]).includes(aiType)
      ? { aiType: aiType as SystemFilters["aiType"] }
      : {}),
    ...(where ? { country: where } : {}),
  };
  const list = useSystems(query);
  const setParam = (k: string, v: string) =>
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        if (v) next.set(k, v);
        else next.delete(k);
        if (k !== "offset") next.delete("offset");
        return next;
      },
      { replace: true },
    );
  const onSearch = (e: FormEvent) => {
    e.preventDefault();
    setParam("q", draft.trim());
  };
  const items = (list.data?.items ?? []).filter(isFull);

  return (
    <div className="page">
      <h1>{t("systems.title")}</h1>
      <p className="lead">{t("systems.intro")}</p>
      <div className="actions page-actions">
        <Link className="button" to="/systems/new">
          {t("systems.register")}
        </Link>
      </div>
      <search>
        <form className="filters" onSubmit={onSearch}>
          <TextField
            label={t("systems.search")}
            type="search"
            value={draft}
            onChange={(e) => setDraft(e.target.value)}
          />
          <SelectField
            label={t("systems.status")}
            value={status}
            onChange={(e) => setParam("status", e.target.value)}
          >
            <option value="">{t("common.all")}</option>
            {SYSTEM_STATUS.map((s) => (
              <option key={s} value={s}>
                {t(`systemStatus.${s}`)}
              </option>
            ))}
          </SelectField>
          <SelectField
            label={t("systems.aiType")}
            value={aiType}
            onChange={(e) => setParam("aiType", e.target.value)}
          >
            <option value="">{t("common.all")}</option>
            {AI_TYPES.map((s) => (
              <option key={s} value={s}>
                {t(`aiTypes.${s}`)}
              </option>
            ))}
          </SelectField>
          <SelectField
            label={t("systems.country")}
            value={where}
            onChange={(e) => setParam("country", e.target.value)}
          >
            <option value="">{t("common.all")}</option>
            {MEMBER_STATES.map((c) => (
              <option key={c} value={c}>
                {country(c)}
              </option>
            ))}
          </SelectField>
          <div className="actions">
            <button type="submit">{t("common.search")}</button>
          </div>
        </form>
      </search>
      <ProblemMessage error={list.error} />
      {list.isPending ? <p role="status">{t("common.loading")}</p> : null}
      {list.data && !items.length ? <p>{t("systems.empty")}</p> : null}
      {items.length ? (
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">{t("systems.caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("systems.system")}</th>
                <th scope="col">{t("systems.status")}</th>
                <th scope="col">{t("systems.countries")}</th>
                <th scope="col">{t("systems.updated")}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((s) => (
                <tr key={s.id}>
                  <td className="break">
                    <Link to={`/systems/${s.id}`}>{s.name}</Link>
                    <div className="small muted">
                      <span className="ref">{s.ref}</span> · {s.orgName}
                    </div>
                  </td>
                  <td>{t(`systemStatus.${s.status}`)}</td>
                  <td className="small">{s.deploymentCountries.map(country).join(", ")}</td>
                  <td className="small">{date(s.updatedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {list.data ? (
        <Pager
          total={list.data.total}
          limit={LIMIT}
          offset={offset}
          onOffset={(o) => setParam("offset", o ? String(o) : "")}
        />
      ) : null}
    </div>
  );
}
