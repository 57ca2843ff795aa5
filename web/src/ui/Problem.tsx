import { useTranslation } from "react-i18next";
import { ApiError } from "../app/api.ts";

/** The error of a failed API call as an alert, in the reader's language (by its stable `code`). */
export function ProblemMessage({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  const code = error instanceof ApiError ? error.code : "unknown";
  const hasFields = error instanceof ApiError && error.fieldErrors.length > 0;
  return (
    <div className="alert alert-error" role="alert">
      <p>{t([`errors.${code}`, "errors.unknown"])}</p>
      {hasFields ? <p className="small">{t("errors.checkFields")}</p> : null}
      {error instanceof ApiError && error.message && !hasFields ? (
        <p className="small">{t("errors.serverDetail", { detail: error.message })}</p>
      ) : null}
    </div>
  );
}

/** A field's error message from a failed call, if any. */
export const fieldError = (error: unknown, field: string): string | undefined =>
  error instanceof ApiError ? error.fieldError(field) : undefined;
