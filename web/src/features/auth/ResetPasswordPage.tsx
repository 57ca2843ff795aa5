import { useMutation } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { api, call } from "../../app/api.ts";
import { TextField } from "../../ui/Field.tsx";
import { fieldError, ProblemMessage } from "../../ui/Problem.tsx";

export function ResetPasswordPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get("token") ?? "";
  const [password, setPassword] = useState("");
  const [repeat, setRepeat] = useState("");
  const [mismatch, setMismatch] = useState(false);
  const confirm = useMutation({
    mutationFn: () => call(api.POST("/api/v1/auth/password-reset/confirm", { body: { token, password } })),
  });
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (password !== repeat) {
      setMismatch(true);
      return;
    }
    setMismatch(false);
    confirm.mutate();
  };
  return (
    <div className="page page-narrow">
      <h1>{t("reset.title")}</h1>
      {!token ? (
        <p className="alert alert-error" role="alert">
          {t("reset.noToken")}
        </p>
      ) : confirm.isSuccess ? (
        <p className="alert alert-success" role="status">
          {t("reset.done")} <Link to="/sign-in">{t("reset.signIn")}</Link>
        </p>
      ) : (
        <form onSubmit={onSubmit} noValidate className="card form">
          <ProblemMessage error={confirm.error} />
          {fieldError(confirm.error, "token") ? <p className="field-error">{t("reset.badToken")}</p> : null}
          <TextField
            label={t("fields.newPassword")}
            type="password"
            name="password"
            autoComplete="new-password"
            required
            minLength={12}
            hint={t("fields.passwordHint")}
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            error={fieldError(confirm.error, "password")}
          />
          <TextField
            label={t("fields.repeatPassword")}
            type="password"
            name="repeat"
            autoComplete="new-password"
            required
            value={repeat}
            onChange={(e) => setRepeat(e.target.value)}
            error={mismatch ? t("reset.mismatch") : undefined}
          />
          <div className="actions">
            <button type="submit" disabled={confirm.isPending}>
              {t("reset.submit")}
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
