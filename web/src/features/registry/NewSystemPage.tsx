import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ApiError, api, call } from "../../app/api.ts";
import { useMe } from "../../app/session.ts";
import { SelectField, TextAreaField, TextField } from "../../ui/Field.tsx";
import { fieldError, ProblemMessage } from "../../ui/Problem.tsx";
import { ChoiceGroup } from "../incidents/FormParts.tsx";
import { useCountryName } from "../incidents/incidents.ts";
import { RiskPanel } from "./RiskPanel.tsx";
import {
  AI_TYPES,
  type AiSystem,
  DATA_CATEGORIES,
  DECISION_IMPACT,
  INVOLVEMENT,
  LIFECYCLE,
  MEMBER_STATES,
  type Risk,
  SCALES,
  SYSTEM_STATUS,
  type SystemInput,
  type UseCase,
  useVocabulary,
} from "./registry.ts";

const STEPS = ["what", "how", "people", "risk", "result"] as const;
/** Which step holds each field, to send the user back to the first field the node rejected. */
const FIELD_STEP: Record<string, number> = {
  orgId: 0,
  name: 0,
  purpose: 0,
  description: 0,
  sectors: 0,
  deploymentCountries: 0,
  lifecycleStage: 0,
  status: 0,
  aiType: 1,
  provider: 1,
  useCases: 1,
  generalPurposeModel: 1,
  gpaiSystemicRisk: 1,
  safetyComponentOf: 1,
  dataCategories: 2,
  affectedScale: 2,
  decisions: 2,
  decisionImpact: 2,
  humanInvolvement: 2,
  profilesNaturalPersons: 2,
};

type Draft = Omit<SystemInput, "provider"> & {
  provider: { own: boolean; name: string; model: string; modelVersion: string };
  sectorSection: string;
  sectorCode: string;
};

/** Scale 1-5 as radio buttons, each with our label and description. */
function ScaleChoice({
  name,
  legend,
  value,
  onChange,
  error,
}: {
  name: "probability" | "severity";
  legend: string;
  value: number | null;
  onChange: (v: number) => void;
  error?: string | undefined;
}) {
  const { t } = useTranslation();
  return (
    <ChoiceGroup
      type="radio"
      name={name}
      legend={legend}
      error={error}
      required
      selected={value ? [String(value)] : []}
      onChange={(v) => onChange(Number(v[0]))}
      options={[1, 2, 3, 4, 5].map((n) => ({
        value: String(n),
        label: t("risk.scaleValue", { value: n, label: t(`${name}.${n}.label`) }),
        hint: t(`${name}.${n}.description`),
      }))}
    />
  );
}

/** Node administrators register on behalf of any organisation: find it by name, then choose it. */
function OrgPicker({
  value,
  onChange,
  error,
}: {
  value: string;
  onChange: (orgId: string) => void;
  error?: string | undefined;
}) {
  const { t } = useTranslation();
  const [q, setQ] = useState("");
  const [chosen, setChosen] = useState<{ id: string; label: string } | null>(null);
  const found = useQuery({
    queryKey: ["organisations", "pick", q.trim()],
    queryFn: () =>
      call(
        api.GET("/api/v1/organisations", {
          params: { query: { limit: 50, ...(q.trim() ? { q: q.trim() } : {}) } },
        }),
      ),
    placeholderData: keepPreviousData,
  });
  const options = (found.data?.items ?? []).map((o) => ({
    id: o.id,
    label: `${o.name} (${o.jurisdiction})`,
  }));
  if (chosen && !options.some((o) => o.id === chosen.id)) options.unshift(chosen);
  return (
    <>
      <p className="alert alert-info">{t("wizard.onBehalf")}</p>
      <div className="grid-2">
        <TextField
          label={t("wizard.findOrg")}
          type="search"
          value={q}
          onChange={(e) => setQ(e.target.value)}
        />
        <SelectField
          label={t("systems.org")}
          value={value}
          error={error}
          onChange={(e) => {
            setChosen(options.find((o) => o.id === e.target.value) ?? null);
            onChange(e.target.value);
          }}
        >
          <option value="">{t("wizard.chooseOrg")}</option>
          {options.map((o) => (
            <option key={o.id} value={o.id}>
              {o.label}
            </option>
          ))}
        </SelectField>
      </div>
      <ProblemMessage error={found.error} />
    </>
  );
}

export function NewSystemPage() {
  const { t } = useTranslation();
  const me = useMe();
  const qc = useQueryClient();
  const country = useCountryName();
  const vocabulary = useVocabulary();
  /** Use cases by their group, in the content file's order. */
  const useCaseGroups = new Map<string, UseCase[]>();
  for (const u of vocabulary.data?.useCases ?? [])
    useCaseGroups.set(u.group, [...(useCaseGroups.get(u.group) ?? []), u]);
  const orgs = (me.data?.memberships ?? []).filter((m) => m.role === "org-admin" || m.role === "org-member");
  const nodeAdmin = !!me.data?.roles.includes("node-admin");
  const [step, setStep] = useState(0);
  const heading = useRef<HTMLHeadingElement>(null);
  const [d, setD] = useState<Draft>({
    orgId: "",
    name: "",
    purpose: "",
    description: "",
    sectors: [],
    sectorSection: "",
    sectorCode: "",
    deploymentCountries: [],
    lifecycleStage: "deployment",
    status: "in-use",
    aiType: "traditional-ml",
    provider: { own: true, name: "", model: "", modelVersion: "" },
    useCases: [],
    generalPurposeModel: false,
    gpaiSystemicRisk: false,
    safetyComponentOf: null,
    dataCategories: [],
    affectedScale: "hundreds",
    decisions: "",
    decisionImpact: "minor",
    humanInvolvement: "human-over-the-loop",
    profilesNaturalPersons: false,
  });
  const [probability, setProbability] = useState<number | null>(null);
  const [severity, setSeverity] = useState<number | null>(null);
  const [created, setCreated] = useState<AiSystem | null>(null);
  const [risk, setRisk] = useState<Risk | null>(null);
  const orgId = d.orgId || orgs[0]?.orgId || "";
  const set = <K extends keyof Draft>(k: K, v: Draft[K]) => setD((o) => ({ ...o, [k]: v }));

  useEffect(() => {
    if (step > 0) heading.current?.focus();
  }, [step]);

  const body = (): SystemInput => {
    const { sectorSection, sectorCode, provider, ...rest } = d;
    const sector = sectorCode.trim().toUpperCase() || sectorSection;
    return {
      ...rest,
      orgId,
      sectors: sector ? [sector] : [],
      provider: {
        own: provider.own,
        ...(provider.name.trim() ? { name: provider.name.trim() } : {}),
        ...(provider.model.trim() ? { model: provider.model.trim() } : {}),
        ...(provider.modelVersion.trim() ? { modelVersion: provider.modelVersion.trim() } : {}),
      },
      gpaiSystemicRisk: d.generalPurposeModel && d.gpaiSystemicRisk,
    };
  };

  const save = useMutation({
    mutationFn: async () => {
      // Registered once; a second try after a rejected risk step only records the risk.
      let system = created;
      if (!system) {
        system = await call(api.POST("/api/v1/systems", { body: body() }));
        setCreated(system);
      }
      return call(
        api.POST("/api/v1/systems/{id}/risk", {
          params: { path: { id: system.id } },
          body: { probability: probability ?? 0, severity: severity ?? 0 },
        }),
      );
    },
    onSuccess: (r) => {
      setRisk(r);
      void qc.invalidateQueries({ queryKey: ["systems"] });
      setStep(4);
    },
    onError: (e) => {
      if (e instanceof ApiError && !created) {
        const first = e.fieldErrors
          .map((f) => FIELD_STEP[f.field.split(".")[0]!])
          .find((s) => s !== undefined);
        if (first !== undefined) setStep(first);
      }
    },
  });
  const err = (f: string) => (created ? undefined : fieldError(save.error, f));

  const next = (e: FormEvent) => {
    e.preventDefault();
    if (step === 3) save.mutate();
    else setStep((s) => s + 1);
  };

  const stepTitle = t(`wizard.steps.${STEPS[step]}`);
  return (
    <div className="page page-narrow wizard">
      <p className="breadcrumb">
        <Link to="/systems">{t("systems.title")}</Link>
      </p>
      <h1>{t("wizard.title")}</h1>
      <p className="lead">{t("wizard.intro")}</p>
      <ol className="steps" aria-label={t("wizard.progress")}>
        {STEPS.map((s, i) => (
          <li
            key={s}
            className={i === step ? "current" : i < step ? "done" : ""}
            aria-current={i === step ? "step" : undefined}
          >
            <span className="step-no">{i + 1}</span> {t(`wizard.steps.${s}`)}
          </li>
        ))}
      </ol>
      <h2 ref={heading} tabIndex={-1}>
        {t("wizard.stepOf", { n: step + 1, total: STEPS.length, title: stepTitle })}
      </h2>
      {step < 4 ? (
        <form className="form" onSubmit={next} noValidate>
          {step === 0 ? (
            <>
              {nodeAdmin ? (
                <OrgPicker value={orgId} onChange={(v) => set("orgId", v)} error={err("orgId")} />
              ) : orgs.length > 1 ? (
                <SelectField
                  label={t("systems.org")}
                  value={orgId}
                  onChange={(e) => set("orgId", e.target.value)}
                  error={err("orgId")}
                >
                  {orgs.map((o) => (
                    <option key={o.orgId} value={o.orgId}>
                      {o.orgName}
                    </option>
                  ))}
                </SelectField>
              ) : null}
              {!orgs.length && !nodeAdmin ? <p className="alert alert-warning">{t("wizard.noOrg")}</p> : null}
              <TextField
                label={t("systems.name")}
                value={d.name}
                onChange={(e) => set("name", e.target.value)}
                error={err("name")}
                required
              />
              <TextAreaField
                label={t("systems.purpose")}
                hint={t("wizard.purposeHint")}
                value={d.purpose}
                onChange={(e) => set("purpose", e.target.value)}
                error={err("purpose")}
                required
              />
              <TextAreaField
                label={t("systems.description")}
                value={d.description ?? ""}
                onChange={(e) => set("description", e.target.value)}
                error={err("description")}
              />
              <div className="grid-2">
                <SelectField
                  label={t("systems.sector")}
                  value={d.sectorSection}
                  onChange={(e) => set("sectorSection", e.target.value)}
                  error={err("sectors")}
                >
                  <option value="">{t("wizard.chooseSector")}</option>
                  {(vocabulary.data?.isicSections ?? []).map(({ letter, label }) => (
                    <option key={letter} value={letter}>
                      {letter} — {t(`isic.${letter}`, { defaultValue: label })}
                    </option>
                  ))}
                </SelectField>
                <TextField
                  label={t("systems.sectorCode")}
                  hint={t("wizard.sectorCodeHint")}
                  value={d.sectorCode}
                  onChange={(e) => set("sectorCode", e.target.value)}
                />
              </div>
              <ChoiceGroup
                legend={t("systems.countries")}
                hint={t("wizard.countriesHint")}
                name="countries"
                columns
                error={err("deploymentCountries")}
                options={MEMBER_STATES.map((c) => ({ value: c, label: country(c) }))}
                selected={d.deploymentCountries ?? []}
                onChange={(v) => set("deploymentCountries", v)}
              />
              <div className="grid-2">
                <SelectField
                  label={t("systems.lifecycle")}
                  value={d.lifecycleStage}
                  onChange={(e) => set("lifecycleStage", e.target.value as Draft["lifecycleStage"])}
                >
                  {LIFECYCLE.map((s) => (
                    <option key={s} value={s}>
                      {t(`lifecycle.${s}`)}
                    </option>
                  ))}
                </SelectField>
                <SelectField
                  label={t("systems.status")}
                  value={d.status}
                  onChange={(e) => set("status", e.target.value as Draft["status"])}
                >
                  {SYSTEM_STATUS.map((s) => (
                    <option key={s} value={s}>
                      {t(`systemStatus.${s}`)}
                    </option>
                  ))}
                </SelectField>
              </div>
            </>
          ) : null}
          {step === 1 ? (
            <>
              <ChoiceGroup
                type="radio"
                legend={t("systems.aiType")}
                name="aiType"
                error={err("aiType")}
                options={AI_TYPES.map((a) => ({
                  value: a,
                  label: t(`aiTypes.${a}`),
                  hint: t(`aiTypeHints.${a}`),
                }))}
                selected={[d.aiType]}
                onChange={(v) => set("aiType", v[0] as Draft["aiType"])}
              />
              <ChoiceGroup
                type="radio"
                legend={t("systems.provider")}
                name="provider"
                options={[
                  { value: "own", label: t("wizard.providerOwn") },
                  { value: "third", label: t("wizard.providerThird") },
                ]}
                selected={[d.provider.own ? "own" : "third"]}
                onChange={(v) => set("provider", { ...d.provider, own: v[0] === "own" })}
              />
              {!d.provider.own ? (
                <div className="grid-2">
                  <TextField
                    label={t("systems.providerName")}
                    value={d.provider.name}
                    onChange={(e) => set("provider", { ...d.provider, name: e.target.value })}
                    error={err("provider.name")}
                  />
                  <TextField
                    label={t("systems.model")}
                    value={d.provider.model}
                    onChange={(e) => set("provider", { ...d.provider, model: e.target.value })}
                    error={err("provider.model")}
                  />
                </div>
              ) : null}
              <fieldset className={err("useCases") ? "field-invalid choice-group" : "choice-group"}>
                <legend>{t("systems.useCases")}</legend>
                <p className="hint">{t("wizard.useCasesHint")}</p>
                <ProblemMessage error={vocabulary.error} />
                {[...useCaseGroups].map(([g, cases]) => (
                  <ChoiceGroup
                    key={g}
                    legend={t(`useCaseGroups.${g}`)}
                    name={`useCases-${g}`}
                    columns
                    options={cases.map((u) => ({
                      value: u.id,
                      label: t(`useCases.${u.id}`, { defaultValue: u.label }),
                    }))}
                    selected={d.useCases ?? []}
                    onChange={(v) => set("useCases", v)}
                  />
                ))}
                {err("useCases") ? (
                  <p className="field-error">{t("form.fieldError", { message: err("useCases") })}</p>
                ) : null}
              </fieldset>
              <ChoiceGroup
                legend={t("wizard.gpaiLegend")}
                name="gpai"
                options={[
                  { value: "gpm", label: t("systems.generalPurposeModel"), hint: t("wizard.gpmHint") },
                  ...(d.generalPurposeModel
                    ? [
                        {
                          value: "systemic",
                          label: t("systems.gpaiSystemicRisk"),
                          hint: t("wizard.systemicHint"),
                        },
                      ]
                    : []),
                ]}
                selected={[
                  ...(d.generalPurposeModel ? ["gpm"] : []),
                  ...(d.gpaiSystemicRisk ? ["systemic"] : []),
                ]}
                onChange={(v) =>
                  setD((o) => ({
                    ...o,
                    generalPurposeModel: v.includes("gpm"),
                    gpaiSystemicRisk: v.includes("systemic"),
                  }))
                }
              />
              <SelectField
                label={t("systems.safetyComponentOf")}
                hint={t("wizard.safetyHint")}
                value={d.safetyComponentOf ?? ""}
                onChange={(e) => set("safetyComponentOf", e.target.value || null)}
                error={err("safetyComponentOf")}
              >
                <option value="">{t("wizard.none")}</option>
                {(vocabulary.data?.annexIProductAreas ?? []).map((a) => (
                  <option key={a.id} value={a.id}>
                    {t(`annexI.${a.id}`, { defaultValue: a.label })}
                  </option>
                ))}
              </SelectField>
            </>
          ) : null}
          {step === 2 ? (
            <>
              <ChoiceGroup
                legend={t("systems.dataCategories")}
                name="data"
                columns
                options={DATA_CATEGORIES.map((c) => ({ value: c, label: t(`dataCategories.${c}`) }))}
                selected={d.dataCategories ?? []}
                onChange={(v) => set("dataCategories", v as Draft["dataCategories"])}
              />
              <SelectField
                label={t("systems.scale")}
                value={d.affectedScale}
                onChange={(e) => set("affectedScale", e.target.value as Draft["affectedScale"])}
              >
                {SCALES.map((s) => (
                  <option key={s} value={s}>
                    {t(`scales.${s}`)}
                  </option>
                ))}
              </SelectField>
              <TextAreaField
                label={t("systems.decisions")}
                hint={t("wizard.decisionsHint")}
                value={d.decisions ?? ""}
                onChange={(e) => set("decisions", e.target.value)}
                error={err("decisions")}
              />
              <ChoiceGroup
                type="radio"
                legend={t("systems.decisionImpact")}
                name="impact"
                options={DECISION_IMPACT.map((c) => ({ value: c, label: t(`decisionImpact.${c}`) }))}
                selected={[d.decisionImpact]}
                onChange={(v) => set("decisionImpact", v[0] as Draft["decisionImpact"])}
              />
              <ChoiceGroup
                type="radio"
                legend={t("systems.humanInvolvement")}
                name="involvement"
                options={INVOLVEMENT.map((c) => ({
                  value: c,
                  label: t(`involvement.${c}`),
                  hint: t(`involvementHints.${c}`),
                }))}
                selected={[d.humanInvolvement]}
                onChange={(v) => set("humanInvolvement", v[0] as Draft["humanInvolvement"])}
              />
              <ChoiceGroup
                legend={t("wizard.profilingLegend")}
                name="profiles"
                options={[{ value: "yes", label: t("systems.profiles"), hint: t("wizard.profilesHint") }]}
                selected={d.profilesNaturalPersons ? ["yes"] : []}
                onChange={(v) => set("profilesNaturalPersons", v.includes("yes"))}
              />
            </>
          ) : null}
          {step === 3 ? (
            <>
              <div className="alert alert-info ours-note">
                <p>
                  <span className="status ours">{t("risk.oursBadge")}</span> {t("risk.oursNote")}
                </p>
              </div>
              <ScaleChoice
                name="probability"
                legend={t("risk.probabilityQuestion")}
                value={probability}
                onChange={setProbability}
                error={fieldError(save.error, "probability")}
              />
              <ScaleChoice
                name="severity"
                legend={t("risk.severityQuestion")}
                value={severity}
                onChange={setSeverity}
                error={fieldError(save.error, "severity")}
              />
            </>
          ) : null}
          <ProblemMessage error={save.error} />
          <div className="actions wizard-actions">
            {step > 0 && !created ? (
              <button type="button" className="button-secondary" onClick={() => setStep((s) => s - 1)}>
                {t("wizard.back")}
              </button>
            ) : null}
            <button type="submit" disabled={save.isPending || (step === 0 && !orgId)}>
              {step === 3 ? t("wizard.finish") : t("wizard.next")}
            </button>
          </div>
        </form>
      ) : null}
      {step === 4 && risk && created ? (
        <>
          <div className="alert alert-success" role="status">
            <p>{t("wizard.registered", { ref: created.ref })}</p>
          </div>
          <RiskPanel risk={risk} />
          <div className="actions">
            <Link className="button" to={`/systems/${created.id}`}>
              {t("wizard.openSystem")}
            </Link>
          </div>
        </>
      ) : null}
    </div>
  );
}
