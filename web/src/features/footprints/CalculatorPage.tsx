import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { ApiError, api, call } from "../../app/api.ts";
import { maySystems, useMe } from "../../app/session.ts";
import { SelectField, TextField } from "../../ui/Field.tsx";
import { fieldError, ProblemMessage } from "../../ui/Problem.tsx";
import { ChoiceGroup } from "../incidents/FormParts.tsx";
import { useCountryName } from "../incidents/incidents.ts";
import { isFull, MEMBER_STATES, useSystems } from "../registry/registry.ts";
import { type Estimate, num, useFactors, useFormatNumber, type Workload } from "./footprints.ts";

const STEPS = ["workload", "hardware", "volume", "result"] as const;
type Method = "model" | "measured" | "hardware";

interface Draft {
  kind: "inference" | "training";
  country: string;
  method: Method;
  modelSize: string;
  whPerRequest: string;
  gpuModel: string;
  gpuCount: string;
  utilisation: string;
  requestsPerMonth: string;
  months: string;
  tokensPerRequest: string;
  hours: string;
  pue: string;
  contractualIntensity: string;
}

/** The step that holds each field the node may reject, to send the user back to it. */
const FIELD_STEP: Record<string, number> = {
  country: 0,
  kind: 0,
  hardware: 1,
  activeParamsBillions: 1,
  measuredWhPerRequest: 1,
  requests: 2,
  outputTokensPerRequest: 2,
  hours: 2,
  pue: 2,
  contractualIntensity: 2,
};

/** The workload the draft describes, in the estimate API's terms. */
function workloadOf(d: Draft): Workload {
  const months = num(d.months) ?? 12;
  const perMonth = num(d.requestsPerMonth);
  const requests = perMonth === undefined ? undefined : perMonth * months;
  const utilisation = num(d.utilisation);
  const hardware = {
    ...(d.gpuModel ? { gpuModel: d.gpuModel } : {}),
    gpuCount: num(d.gpuCount) ?? 1,
    ...(utilisation === undefined ? {} : { gpuUtilisation: utilisation / 100 }),
  };
  const hours = num(d.hours);
  const common = {
    kind: d.kind,
    country: d.country,
    ...(num(d.pue) === undefined ? {} : { pue: num(d.pue) }),
    ...(num(d.contractualIntensity) === undefined
      ? {}
      : { contractualIntensity: num(d.contractualIntensity) }),
  };
  if (d.kind === "training") return { ...common, hardware, ...(hours === undefined ? {} : { hours }) };
  const withRequests = requests === undefined ? {} : { requests };
  if (d.method === "model")
    return {
      ...common,
      ...withRequests,
      ...(num(d.modelSize) === undefined ? {} : { activeParamsBillions: num(d.modelSize) }),
      ...(num(d.tokensPerRequest) === undefined ? {} : { outputTokensPerRequest: num(d.tokensPerRequest) }),
    };
  if (d.method === "measured")
    return {
      ...common,
      ...withRequests,
      ...(num(d.whPerRequest) === undefined ? {} : { measuredWhPerRequest: num(d.whPerRequest) }),
    };
  return { ...common, ...withRequests, hardware, ...(hours === undefined ? {} : { hours: hours * months }) };
}

/** The result: energy, carbon, water, method tier and range, factor set, warnings and assumptions. */
export function EstimateResult({ e }: { e: Estimate }) {
  const { t } = useTranslation();
  const n = useFormatNumber();
  const range = (r: { value: number; low: number; high: number }, unit: string) =>
    t("footprints.valueRange", { value: n(r.value), low: n(r.low), high: n(r.high), unit });
  return (
    <section className="card" aria-labelledby="fp-result">
      <h3 id="fp-result">{t("footprints.result.title")}</h3>
      <dl className="facts">
        <dt>{t("footprints.result.energy")}</dt>
        <dd>
          <strong className="fp-energy">{range(e.energyKWh, "kWh")}</strong>
          <p className="hint">{t("footprints.result.energyHint", { pue: e.pueApplied })}</p>
        </dd>
        <dt>{t("footprints.result.co2eLocation")}</dt>
        <dd>
          <strong className="fp-co2e">{range(e.co2eKg.locationBased, "kg CO2e")}</strong>
          <p className="hint">{t("footprints.result.locationHint")}</p>
        </dd>
        {e.co2eKg.marketBased ? (
          <>
            <dt>{t("footprints.result.co2eMarket")}</dt>
            <dd>
              <strong>{range(e.co2eKg.marketBased, "kg CO2e")}</strong>
              <p className="hint">{t("footprints.result.marketHint")}</p>
            </dd>
          </>
        ) : null}
        <dt>{t("footprints.result.water")}</dt>
        <dd>
          {t("footprints.result.waterSplit", {
            onSite: n(e.water.onSiteLitres),
            offSite: n(e.water.offSiteLitres),
          })}
          <p className="hint">{t("footprints.result.waterHint")}</p>
        </dd>
        <dt>{t("footprints.result.method")}</dt>
        <dd>
          <span className="fp-tier">{t(`footprints.tiers.${e.methodTier}`)}</span>
          <p className="hint">{t(`footprints.tierHints.${e.methodTier}`)}</p>
        </dd>
        {e.sci ? (
          <>
            <dt>{t("footprints.result.sci")}</dt>
            <dd>
              <ul className="plain-list">
                {e.sci.per1000Requests !== undefined ? (
                  <li>{t("footprints.result.per1000Requests", { value: n(e.sci.per1000Requests) })}</li>
                ) : null}
                {e.sci.per1000Tokens !== undefined ? (
                  <li>{t("footprints.result.per1000Tokens", { value: n(e.sci.per1000Tokens) })}</li>
                ) : null}
                {e.sci.perTrainingRun !== undefined ? (
                  <li>{t("footprints.result.perTrainingRun", { value: n(e.sci.perTrainingRun) })}</li>
                ) : null}
              </ul>
              <p className="hint">{t("footprints.result.sciHint")}</p>
            </dd>
          </>
        ) : null}
        <dt>{t("footprints.result.factorSet")}</dt>
        <dd>
          <span className="fp-factor-set">
            {e.factorSet.id} {e.factorSet.version}
          </span>{" "}
          —{" "}
          {t("footprints.result.intensity", {
            value: n(e.factorSet.intensity.value),
            country: e.factorSet.intensity.country,
            year: e.factorSet.intensity.year,
          })}
          <p className="hint" lang="en">
            {e.factorSet.intensity.source}
          </p>
        </dd>
      </dl>
      {e.warnings.length ? (
        <div className="alert alert-warning" role="status">
          <p>{t("footprints.result.warnings")}</p>
          <ul>
            {e.warnings.map((w) => (
              <li key={`${w.field}:${w.message}`}>
                <code>{w.field}</code>: <span lang="en">{w.message}</span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <details>
        <summary>{t("footprints.result.assumptions")}</summary>
        <ul className="small" lang="en">
          {e.assumptions.map((a) => (
            <li key={a}>{a}</li>
          ))}
        </ul>
      </details>
    </section>
  );
}

/** Saves the estimated workload as a footprint report of one of the user's AI systems. */
function SaveAsReport({ workload, preselect }: { workload: Workload; preselect: string }) {
  const { t } = useTranslation();
  const me = useMe();
  const qc = useQueryClient();
  const systems = useSystems({ limit: 100, offset: 0 });
  const orgIds = new Set((me.data?.memberships ?? []).map((m) => m.orgId));
  const mine = (systems.data?.items ?? [])
    .filter(isFull)
    .filter((s) => orgIds.has(s.orgId) || me.data?.nodeRole === "node-admin");
  const year = new Date().getFullYear();
  const [systemId, setSystemId] = useState(preselect);
  const [periodStart, setStart] = useState(`${year}-01-01`);
  const [periodEnd, setEnd] = useState(`${year}-12-31`);
  const chosen = systemId || mine[0]?.id || "";
  const save = useMutation({
    mutationFn: () =>
      call(
        api.POST("/api/v1/systems/{id}/footprints", {
          params: { path: { id: chosen } },
          body: { periodStart, periodEnd, workload },
        }),
      ),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ["footprints", chosen] }),
  });
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  if (!mine.length)
    return (
      <p>
        {t("footprints.save.noSystems")} <Link to="/systems/new">{t("systems.register")}</Link>
      </p>
    );
  return (
    <form className="card form" onSubmit={onSubmit} aria-labelledby="fp-save">
      <h3 id="fp-save">{t("footprints.save.title")}</h3>
      <SelectField
        label={t("footprints.save.system")}
        value={chosen}
        onChange={(e) => setSystemId(e.target.value)}
      >
        {mine.map((s) => (
          <option key={s.id} value={s.id}>
            {s.name}
          </option>
        ))}
      </SelectField>
      <div className="date-row">
        <TextField
          label={t("footprints.save.from")}
          type="date"
          value={periodStart}
          onChange={(e) => setStart(e.target.value)}
          error={fieldError(save.error, "periodStart")}
        />
        <TextField
          label={t("footprints.save.to")}
          type="date"
          value={periodEnd}
          onChange={(e) => setEnd(e.target.value)}
          error={fieldError(save.error, "periodEnd")}
        />
      </div>
      <ProblemMessage error={save.error} />
      {save.data ? (
        <p className="alert alert-success" role="status">
          {t("footprints.save.saved", { ref: save.data.ref })}{" "}
          <Link to={`/systems/${chosen}`}>{t("footprints.save.open")}</Link>
        </p>
      ) : null}
      <div className="actions">
        <button type="submit" disabled={save.isPending || !chosen}>
          {t("footprints.save.submit")}
        </button>
      </div>
    </form>
  );
}

/** The footprint calculator: four plain-language steps; public; signed-in members may save the result. */
export function CalculatorPage() {
  const { t } = useTranslation();
  const me = useMe();
  const country = useCountryName();
  const factors = useFactors();
  const [params] = useSearchParams();
  const [step, setStep] = useState(0);
  const heading = useRef<HTMLHeadingElement>(null);
  const [d, setD] = useState<Draft>({
    kind: "inference",
    country: "",
    method: "model",
    modelSize: "",
    whPerRequest: "",
    gpuModel: "",
    gpuCount: "1",
    utilisation: "",
    requestsPerMonth: "",
    months: "12",
    tokensPerRequest: "",
    hours: "",
    pue: "",
    contractualIntensity: "",
  });
  const set = <K extends keyof Draft>(k: K, v: Draft[K]) => setD((o) => ({ ...o, [k]: v }));
  useEffect(() => {
    if (step > 0) heading.current?.focus();
  }, [step]);

  const run = useMutation({
    mutationFn: (w: Workload) => call(api.POST("/api/v1/footprints/estimate", { body: w })),
    onSuccess: () => setStep(3),
    onError: (e) => {
      if (!(e instanceof ApiError)) return;
      const first = e.fieldErrors
        .map((f) => FIELD_STEP[f.field.split(".")[0]!])
        .filter((s): s is number => s !== undefined)
        .sort()[0];
      if (first !== undefined) setStep(first);
    },
  });
  const err = (f: string) => fieldError(run.error, f);
  const next = (e: FormEvent) => {
    e.preventDefault();
    if (step === 2) run.mutate(workloadOf(d));
    else setStep((s) => s + 1);
  };
  const usesHardware = d.kind === "training" || d.method === "hardware";
  const defaults = factors.data?.defaults;
  const stepTitle = t(`footprints.steps.${STEPS[step]}`);
  return (
    <div className="page page-narrow wizard">
      <h1>{t("footprints.calculator.title")}</h1>
      <p className="lead">{t("footprints.calculator.intro")}</p>
      <ol className="steps" aria-label={t("wizard.progress")}>
        {STEPS.map((s, i) => (
          <li
            key={s}
            className={i === step ? "current" : i < step ? "done" : ""}
            aria-current={i === step ? "step" : undefined}
          >
            <span className="step-no">{i + 1}</span> {t(`footprints.steps.${s}`)}
          </li>
        ))}
      </ol>
      <h2 ref={heading} tabIndex={-1}>
        {t("wizard.stepOf", { n: step + 1, total: STEPS.length, title: stepTitle })}
      </h2>
      {step < 3 ? (
        <form className="form" onSubmit={next} noValidate>
          {step === 0 ? (
            <>
              <ChoiceGroup
                legend={t("footprints.calculator.kind")}
                type="radio"
                name="kind"
                options={(["inference", "training"] as const).map((k) => ({
                  value: k,
                  label: t(`footprints.kinds.${k}`),
                  hint: t(`footprints.kindHints.${k}`),
                }))}
                selected={[d.kind]}
                onChange={([v]) => set("kind", v as Draft["kind"])}
              />
              <SelectField
                label={t("footprints.calculator.country")}
                hint={t("footprints.calculator.countryHint")}
                value={d.country}
                onChange={(e) => set("country", e.target.value)}
                error={err("country")}
                required
              >
                <option value="">{t("footprints.calculator.choose")}</option>
                {MEMBER_STATES.map((c) => (
                  <option key={c} value={c}>
                    {country(c)}
                  </option>
                ))}
              </SelectField>
            </>
          ) : null}
          {step === 1 ? (
            <>
              {d.kind === "inference" ? (
                <ChoiceGroup
                  legend={t("footprints.calculator.method")}
                  type="radio"
                  name="method"
                  options={(["model", "measured", "hardware"] as const).map((m) => ({
                    value: m,
                    label: t(`footprints.methods.${m}`),
                    hint: t(`footprints.methodHints.${m}`),
                  }))}
                  selected={[d.method]}
                  onChange={([v]) => set("method", v as Method)}
                />
              ) : null}
              {d.kind === "inference" && d.method === "model" ? (
                <TextField
                  label={t("footprints.calculator.modelSize")}
                  hint={t("footprints.calculator.modelSizeHint")}
                  type="number"
                  min={0}
                  step="any"
                  inputMode="decimal"
                  value={d.modelSize}
                  onChange={(e) => set("modelSize", e.target.value)}
                  error={err("activeParamsBillions")}
                />
              ) : null}
              {d.kind === "inference" && d.method === "measured" ? (
                <TextField
                  label={t("footprints.calculator.whPerRequest")}
                  hint={t("footprints.calculator.whPerRequestHint")}
                  type="number"
                  min={0}
                  step="any"
                  inputMode="decimal"
                  value={d.whPerRequest}
                  onChange={(e) => set("whPerRequest", e.target.value)}
                  error={err("measuredWhPerRequest")}
                />
              ) : null}
              {usesHardware ? (
                <>
                  <SelectField
                    label={t("footprints.calculator.gpuModel")}
                    hint={t("footprints.calculator.gpuModelHint", {
                      watts: defaults?.unknownGpuWatts ?? "—",
                    })}
                    value={d.gpuModel}
                    onChange={(e) => set("gpuModel", e.target.value)}
                    error={err("hardware.gpuModel")}
                  >
                    <option value="">{t("footprints.calculator.dontKnow")}</option>
                    {(factors.data?.gpus ?? []).map((g) => (
                      <option key={g.id} value={g.id}>
                        {t("footprints.calculator.gpuOption", { label: g.label, watts: g.watts })}
                      </option>
                    ))}
                  </SelectField>
                  <TextField
                    label={t("footprints.calculator.gpuCount")}
                    type="number"
                    min={1}
                    step={1}
                    inputMode="numeric"
                    value={d.gpuCount}
                    onChange={(e) => set("gpuCount", e.target.value)}
                    error={err("hardware.gpuCount")}
                  />
                  <TextField
                    label={t("footprints.calculator.utilisation")}
                    hint={t("footprints.calculator.utilisationHint")}
                    type="number"
                    min={0}
                    max={100}
                    step="any"
                    inputMode="decimal"
                    value={d.utilisation}
                    onChange={(e) => set("utilisation", e.target.value)}
                    error={err("hardware.gpuUtilisation")}
                  />
                </>
              ) : null}
            </>
          ) : null}
          {step === 2 ? (
            <>
              {d.kind === "inference" ? (
                <div className="date-row">
                  <TextField
                    label={t("footprints.calculator.requestsPerMonth")}
                    type="number"
                    min={0}
                    step="any"
                    inputMode="numeric"
                    value={d.requestsPerMonth}
                    onChange={(e) => set("requestsPerMonth", e.target.value)}
                    error={err("requests")}
                  />
                  <TextField
                    label={t("footprints.calculator.months")}
                    hint={t("footprints.calculator.monthsHint")}
                    type="number"
                    min={1}
                    step={1}
                    inputMode="numeric"
                    value={d.months}
                    onChange={(e) => set("months", e.target.value)}
                  />
                </div>
              ) : null}
              {d.kind === "inference" && d.method === "model" ? (
                <TextField
                  label={t("footprints.calculator.tokensPerRequest")}
                  hint={t("footprints.calculator.tokensPerRequestHint")}
                  type="number"
                  min={0}
                  step="any"
                  inputMode="numeric"
                  value={d.tokensPerRequest}
                  onChange={(e) => set("tokensPerRequest", e.target.value)}
                  error={err("outputTokensPerRequest")}
                />
              ) : null}
              {usesHardware ? (
                <TextField
                  label={
                    d.kind === "training"
                      ? t("footprints.calculator.trainingHours")
                      : t("footprints.calculator.hoursPerMonth")
                  }
                  type="number"
                  min={0}
                  step="any"
                  inputMode="decimal"
                  value={d.hours}
                  onChange={(e) => set("hours", e.target.value)}
                  error={err("hours")}
                />
              ) : null}
              <TextField
                label={t("footprints.calculator.pue")}
                hint={t("footprints.calculator.pueHint", { pue: defaults?.pue ?? "—" })}
                type="number"
                min={1}
                step="any"
                inputMode="decimal"
                value={d.pue}
                onChange={(e) => set("pue", e.target.value)}
                error={err("pue")}
              />
              <TextField
                label={t("footprints.calculator.contractual")}
                hint={t("footprints.calculator.contractualHint")}
                type="number"
                min={0}
                step="any"
                inputMode="decimal"
                value={d.contractualIntensity}
                onChange={(e) => set("contractualIntensity", e.target.value)}
                error={err("contractualIntensity")}
              />
            </>
          ) : null}
          <ProblemMessage error={run.error} />
          <div className="actions">
            {step > 0 ? (
              <button type="button" className="button-secondary" onClick={() => setStep((s) => s - 1)}>
                {t("wizard.back")}
              </button>
            ) : null}
            <button type="submit" disabled={run.isPending || (step === 0 && !d.country)}>
              {step === 2 ? t("footprints.calculator.estimate") : t("wizard.next")}
            </button>
          </div>
        </form>
      ) : null}
      {step === 3 && run.data ? (
        <>
          <EstimateResult e={run.data} />
          <div className="actions">
            <button type="button" className="button-secondary" onClick={() => setStep(0)}>
              {t("footprints.calculator.again")}
            </button>
          </div>
          {maySystems(me.data) ? (
            <SaveAsReport workload={workloadOf(d)} preselect={params.get("system") ?? ""} />
          ) : me.data ? null : (
            <p>
              <Link to="/sign-in" state={{ from: "/footprints/calculator" }}>
                {t("nav.signIn")}
              </Link>{" "}
              {t("footprints.save.signInToSave")}
            </p>
          )}
        </>
      ) : null}
    </div>
  );
}
