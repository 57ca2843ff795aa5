import { useMutation } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { api, call } from "../../app/api.ts";
import { TextField } from "../../ui/Field.tsx";
import { fieldError, ProblemMessage } from "../../ui/Problem.tsx";

export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const [email, setEmail] = useState("");
  const request = useMutation({
    mutationFn: () => call(api.POST("/api/v1/auth/password-reset", { body: { email } })),
  });
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    request.mutate();
  };
  return (
    <div className="page page-narrow">
      <h1>{t("forgot.title")}</h1>
      {request.isSuccess ? (
        <p className="alert alert-success" role="status">
          {t("forgot.sent")}
        </p>
      ) : (
        <form onSubmit={onSubmit} noValidate className="card form">
          <p>{t("forgot.intro")}</p>
          <ProblemMessage error={request.error} />
          <TextField
            label={t("fields.email")}
            type="email"
            name="email"
            autoComplete="email"
            required
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            error={fieldError(request.error, "email")}
          />
          <div className="actions">
            <button type="submit" disabled={request.isPending}>
              {t("forgot.submit")}
            </button>
          </div>
        </form>
      )}
      <p>
        <Link to="/sign-in">{t("forgot.back")}</Link>
      </p>
    </div>
  );
}
