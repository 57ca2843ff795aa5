import { useMutation, useQuery } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, Navigate, useLocation, useNavigate } from "react-router";
import { api, call } from "../../app/api.ts";
import { useMe, useSignedIn } from "../../app/session.ts";
import { TextField } from "../../ui/Field.tsx";
import { fieldError, ProblemMessage } from "../../ui/Problem.tsx";

export function useAuthConfig() {
  return useQuery({
    queryKey: ["auth-config"],
    queryFn: () => call(api.GET("/api/v1/auth/config")),
    staleTime: 5 * 60_000,
  });
}

export function SignInPage() {
  const { t } = useTranslation();
  const me = useMe();
  const config = useAuthConfig();
  const signedIn = useSignedIn();
  const navigate = useNavigate();
  const location = useLocation();
  const state = location.state as { from?: string; signedOut?: boolean } | null;
  const from = state?.from && state.from !== "/sign-in" ? state.from : "/";
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");

  const login = useMutation({
    mutationFn: () => call(api.POST("/api/v1/auth/login", { body: { email, password } })),
    onSuccess: async (data) => {
      await signedIn(data);
      navigate(from, { replace: true });
    },
  });

  if (me.data && !login.isPending) return <Navigate to={from} replace />;

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    login.mutate();
  };
  const oidc = config.data?.oidc;

  return (
    <div className="page page-narrow">
      <h1>{t("signIn.title")}</h1>
      <p className="lead">{t("signIn.intro")}</p>
      {state?.signedOut ? (
        <p className="alert alert-info" role="status">
          {t("signIn.signedOut")}
        </p>
      ) : null}
      {oidc ? (
        <div className="sso">
          <a className="button" href={oidc.startUrl}>
            {t("signIn.sso", { label: oidc.label })}
          </a>
          <p className="divider">
            <span>{t("signIn.or")}</span>
          </p>
        </div>
      ) : null}
      <form onSubmit={onSubmit} noValidate className="card form">
        <ProblemMessage error={login.error} />
        <TextField
          label={t("fields.email")}
          type="email"
          name="email"
          autoComplete="username"
          required
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          error={fieldError(login.error, "email")}
        />
        <TextField
          label={t("fields.password")}
          type="password"
          name="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={fieldError(login.error, "password")}
        />
        <div className="actions">
          <button type="submit" disabled={login.isPending}>
            {login.isPending ? t("signIn.submitting") : t("signIn.submit")}
          </button>
          {config.data?.passwordReset ? <Link to="/forgot-password">{t("signIn.forgot")}</Link> : null}
        </div>
      </form>
      <p>
        <Link to="/library">{t("signIn.browseLibrary")}</Link>
      </p>
    </div>
  );
}
