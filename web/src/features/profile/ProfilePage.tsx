import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { api, call, type Schemas } from "../../app/api.ts";
import { changeLanguage, isLanguage, LANGUAGES, type LanguageCode } from "../../app/i18n.ts";
import { TOKEN_SCOPES, type TokenScope } from "../../app/reference.ts";
import { ME_KEY, type Me, useMe } from "../../app/session.ts";
import { SelectField, TextField } from "../../ui/Field.tsx";
import { useFormatDate } from "../../ui/format.ts";
import { fieldError, ProblemMessage } from "../../ui/Problem.tsx";

function ProfileForm({ me }: { me: Me }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [displayName, setDisplayName] = useState(me.displayName);
  const [locale, setLocale] = useState<LanguageCode>(isLanguage(me.locale) ? me.locale : "en");
  const save = useMutation({
    mutationFn: () => call(api.PATCH("/api/v1/me", { body: { displayName, locale } })),
    onSuccess: async (u) => {
      qc.setQueryData<Me | null>(ME_KEY, (old) =>
        old ? { ...old, displayName: u.displayName, locale: u.locale } : old,
      );
      await changeLanguage(locale);
    },
  });
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  return (
    <form onSubmit={onSubmit} noValidate className="card form" aria-labelledby="profile-heading">
      <h2 id="profile-heading">{t("profile.detailsHeading")}</h2>
      <ProblemMessage error={save.error} />
      {save.isSuccess ? (
        <p className="alert alert-success" role="status">
          {t("common.saved")}
        </p>
      ) : null}
      <p>
        <span className="muted">{t("fields.email")}:</span> <span className="break">{me.email}</span>
      </p>
      <TextField
        label={t("fields.displayName")}
        name="displayName"
        autoComplete="name"
        required
        value={displayName}
        onChange={(e) => setDisplayName(e.target.value)}
        error={fieldError(save.error, "displayName")}
      />
      <SelectField
        label={t("fields.language")}
        name="locale"
        hint={t("profile.languageHint")}
        value={locale}
        onChange={(e) => {
          if (isLanguage(e.target.value)) setLocale(e.target.value);
        }}
        error={fieldError(save.error, "locale")}
      >
        {LANGUAGES.map((l) => (
          <option key={l.code} value={l.code} lang={l.code}>
            {l.nativeName}
          </option>
        ))}
      </SelectField>
      <div className="actions">
        <button type="submit" disabled={save.isPending}>
          {t("common.save")}
        </button>
      </div>
    </form>
  );
}

function CreateToken({ onCreated }: { onCreated: (t: Schemas["ApiTokenCreated"]) => void }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [name, setName] = useState("");
  const [scopes, setScopes] = useState<TokenScope[]>(["read"]);
  const [days, setDays] = useState("90");
  const create = useMutation({
    mutationFn: () =>
      call(
        api.POST("/api/v1/me/tokens", {
          body: { name, scopes, expiresInDays: Number.parseInt(days, 10) || 0 },
        }),
      ),
    onSuccess: (tok) => {
      void qc.invalidateQueries({ queryKey: ["tokens"] });
      setName("");
      onCreated(tok);
    },
  });
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate();
  };
  return (
    <form onSubmit={onSubmit} noValidate className="form" aria-labelledby="create-token-heading">
      <h3 id="create-token-heading">{t("tokens.createHeading")}</h3>
      <ProblemMessage error={create.error} />
      <div className="grid-2">
        <TextField
          label={t("tokens.name")}
          name="tokenName"
          required
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={fieldError(create.error, "name")}
        />
        <TextField
          label={t("tokens.expiresInDays")}
          name="expiresInDays"
          type="number"
          inputMode="numeric"
          min={1}
          max={366}
          value={days}
          onChange={(e) => setDays(e.target.value)}
          error={fieldError(create.error, "expiresInDays")}
        />
      </div>
      <fieldset className={fieldError(create.error, "scopes") ? "field-invalid" : undefined}>
        <legend>{t("tokens.scopes")}</legend>
        {TOKEN_SCOPES.map((s) => (
          <div className="check" key={s}>
            <input
              id={`scope-${s}`}
              type="checkbox"
              checked={scopes.includes(s)}
              onChange={(e) =>
                setScopes((cur) => (e.target.checked ? [...cur, s] : cur.filter((x) => x !== s)))
              }
            />
            <label htmlFor={`scope-${s}`}>
              {t(`scopes.${s}`)} <span className="muted small">— {t(`scopeHints.${s}`)}</span>
            </label>
          </div>
        ))}
        {fieldError(create.error, "scopes") ? (
          <p className="field-error">{t("tokens.scopesRequired")}</p>
        ) : null}
      </fieldset>
      <div className="actions">
        <button type="submit" disabled={create.isPending}>
          {t("tokens.create")}
        </button>
      </div>
    </form>
  );
}

function Tokens() {
  const { t } = useTranslation();
  const fmt = useFormatDate();
  const qc = useQueryClient();
  const [created, setCreated] = useState<Schemas["ApiTokenCreated"] | null>(null);
  const tokens = useQuery({ queryKey: ["tokens"], queryFn: () => call(api.GET("/api/v1/me/tokens")) });
  const revoke = useMutation({
    mutationFn: (id: string) => call(api.DELETE("/api/v1/me/tokens/{id}", { params: { path: { id } } })),
    onSuccess: () => qc.invalidateQueries({ queryKey: ["tokens"] }),
  });
  return (
    <section className="card" aria-labelledby="tokens-heading">
      <h2 id="tokens-heading">{t("tokens.title")}</h2>
      <p>{t("tokens.intro")}</p>
      {created ? (
        <div className="alert alert-success" role="status">
          <p>
            <strong>{t("tokens.createdOnce", { name: created.name })}</strong>
          </p>
          <label htmlFor="new-token-secret">{t("tokens.secret")}</label>
          <input
            id="new-token-secret"
            className="secret"
            readOnly
            value={created.token}
            onFocus={(e) => e.target.select()}
          />
          <div className="actions">
            <button type="button" className="button-secondary" onClick={() => setCreated(null)}>
              {t("tokens.dismiss")}
            </button>
          </div>
        </div>
      ) : null}
      <ProblemMessage error={tokens.error ?? revoke.error} />
      {tokens.data?.length === 0 ? <p>{t("tokens.none")}</p> : null}
      {tokens.data && tokens.data.length > 0 ? (
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">{t("tokens.title")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("tokens.name")}</th>
                <th scope="col">{t("tokens.scopes")}</th>
                <th scope="col">{t("tokens.expires")}</th>
                <th scope="col">{t("tokens.lastUsed")}</th>
                <th scope="col">
                  <span className="visually-hidden">{t("common.actions")}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {tokens.data.map((tok) => (
                <tr key={tok.id}>
                  <td>
                    {tok.name} <code className="muted">{tok.prefix}…</code>
                  </td>
                  <td>{tok.scopes.map((s) => t(`scopes.${s}`)).join(", ")}</td>
                  <td>{fmt(tok.expiresAt)}</td>
                  <td>{tok.lastUsedAt ? fmt(tok.lastUsedAt) : t("tokens.never")}</td>
                  <td>
                    {tok.revokedAt ? (
                      <span className="status status-disabled">{t("tokens.revoked")}</span>
                    ) : (
                      <button
                        type="button"
                        className="button-danger"
                        disabled={revoke.isPending}
                        onClick={() => {
                          if (window.confirm(t("tokens.revokeConfirm", { name: tok.name })))
                            revoke.mutate(tok.id);
                        }}
                      >
                        {t("tokens.revoke")}
                        <span className="visually-hidden"> {tok.name}</span>
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <CreateToken onCreated={setCreated} />
    </section>
  );
}

export function ProfilePage() {
  const { t } = useTranslation();
  const me = useMe();
  if (!me.data) return null;
  return (
    <div className="page">
      <h1>{t("profile.title")}</h1>
      <ProfileForm me={me.data} />
      {me.data.via === "session" ? <Tokens /> : null}
    </div>
  );
}
