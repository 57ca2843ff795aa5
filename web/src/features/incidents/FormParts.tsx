import { type ReactNode, useId, useState } from "react";
import { useTranslation } from "react-i18next";

/** A group of checkboxes (or radios) with its legend, hint and the API's field error. */
export function ChoiceGroup({
  legend,
  hint,
  error,
  required,
  type = "checkbox",
  name,
  options,
  selected,
  onChange,
  columns,
}: {
  legend: string;
  hint?: string | undefined;
  error?: string | undefined;
  required?: boolean;
  type?: "checkbox" | "radio";
  name: string;
  options: { value: string; label: ReactNode; hint?: string | undefined }[];
  selected: string[];
  onChange: (values: string[]) => void;
  columns?: boolean;
}) {
  const { t } = useTranslation();
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ");
  return (
    <fieldset
      className={error ? "field-invalid choice-group" : "choice-group"}
      aria-describedby={describedBy || undefined}
      aria-invalid={error ? true : undefined}
    >
      <legend>
        {legend}
        {required ? <span className="required"> {t("report.required")}</span> : null}
      </legend>
      {hint ? (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      <div className={columns ? "choices choices-columns" : "choices"}>
        {options.map((o) => {
          const oid = `${id}-${o.value}`;
          return (
            <div className="check" key={o.value}>
              <input
                type={type}
                id={oid}
                name={name}
                value={o.value}
                checked={selected.includes(o.value)}
                aria-describedby={o.hint ? `${oid}-hint` : undefined}
                onChange={(e) =>
                  onChange(
                    type === "radio"
                      ? [o.value]
                      : e.target.checked
                        ? [...selected, o.value]
                        : selected.filter((v) => v !== o.value),
                  )
                }
              />
              <div>
                <label htmlFor={oid}>{o.label}</label>
                {o.hint ? (
                  <p className="hint" id={`${oid}-hint`}>
                    {o.hint}
                  </p>
                ) : null}
              </div>
            </div>
          );
        })}
      </div>
      {error ? (
        <p className="field-error" id={`${id}-error`}>
          {t("form.fieldError", { message: error })}
        </p>
      ) : null}
    </fieldset>
  );
}

export type Precision = "year" | "month" | "day";
const LENGTH: Record<Precision, number> = { year: 4, month: 7, day: 10 };
const precisionOf = (v: string): Precision => (v.length === 4 ? "year" : v.length === 7 ? "month" : "day");

/** A date known to the year, the month or the day (YYYY, YYYY-MM, YYYY-MM-DD). */
export function PartialDateField({
  legend,
  value,
  onChange,
  error,
}: {
  legend: string;
  value: string;
  onChange: (v: string) => void;
  error?: string | undefined;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [precision, setPrecision] = useState<Precision>(value ? precisionOf(value) : "day");
  const precisionId = `${id}-p`;
  return (
    <fieldset className={error ? "field-invalid date-group" : "date-group"}>
      <legend>{legend}</legend>
      <div className="date-row">
        <div className="field">
          <label htmlFor={precisionId}>{t("report.precision")}</label>
          <select
            id={precisionId}
            value={precision}
            onChange={(e) => {
              const p = e.target.value as Precision;
              setPrecision(p);
              const next = value.slice(0, LENGTH[p]);
              onChange(next.length === LENGTH[p] ? next : "");
            }}
          >
            <option value="year">{t("report.precisions.year")}</option>
            <option value="month">{t("report.precisions.month")}</option>
            <option value="day">{t("report.precisions.day")}</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor={id}>{t("report.date")}</label>
          <input
            id={id}
            type={precision === "year" ? "text" : precision === "month" ? "month" : "date"}
            inputMode={precision === "year" ? "numeric" : undefined}
            placeholder={precision === "year" ? "YYYY" : precision === "month" ? "YYYY-MM" : undefined}
            maxLength={precision === "year" ? 4 : undefined}
            value={value}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
            onChange={(e) => onChange(e.target.value.trim())}
          />
        </div>
      </div>
      {error ? (
        <p className="field-error" id={`${id}-error`}>
          {t("form.fieldError", { message: error })}
        </p>
      ) : null}
    </fieldset>
  );
}
