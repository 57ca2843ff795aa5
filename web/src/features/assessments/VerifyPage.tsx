import { useMutation } from "@tanstack/react-query";
import { type FormEvent, useEffect, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { api, call } from "../../app/api.ts";
import { TextField } from "../../ui/Field.tsx";
import { useFormatDate } from "../../ui/format.ts";
import { fieldError, ProblemMessage } from "../../ui/Problem.tsx";
import { sha256Hex } from "../registry/registry.ts";

/** Public: was a report issued by this node, and is its signature valid? */
export function VerifyPage() {
  const { t } = useTranslation();
  const date = useFormatDate();
  const fileId = useId();
  const [params, setParams] = useSearchParams();
  const [sha, setSha] = useState(params.get("sha256") ?? "");
  const [fileName, setFileName] = useState<string | null>(null);
  const verify = useMutation({
    mutationFn: (sha256: string) =>
      call(api.GET("/api/v1/reports/verify", { params: { query: { sha256 } }, credentials: "omit" })),
  });
  const check = (value: string) => {
    const v = value.trim().toLowerCase();
    setParams(v ? { sha256: v } : {}, { replace: true });
    verify.mutate(v);
  };
  // biome-ignore lint/correctness/useExhaustiveDependencies: checks a hash given in the address once
  useEffect(() => {
    const given = params.get("sha256");
    if (given) verify.mutate(given);
  }, []);
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    setFileName(null);
    check(sha);
  };
  const onFile = async (file: File | undefined) => {
    if (!file) return;
    const hex = await sha256Hex(await file.arrayBuffer());
    setSha(hex);
    setFileName(file.name);
    check(hex);
  };
  const r = verify.data;
  return (
    <div className="page page-narrow">
      <h1>{t("verify.title")}</h1>
      <p className="lead">{t("verify.intro")}</p>
      <form className="form card" onSubmit={onSubmit}>
        <TextField
          label={t("verify.sha256")}
          hint={t("verify.sha256Hint")}
          value={sha}
          spellCheck={false}
          autoComplete="off"
          onChange={(e) => setSha(e.target.value)}
          error={fieldError(verify.error, "sha256")}
        />
        <div className="actions">
          <button type="submit" disabled={verify.isPending || !sha.trim()}>
            {t("verify.check")}
          </button>
        </div>
        <div className="field">
          <label htmlFor={fileId}>{t("verify.file")}</label>
          <input
            id={fileId}
            type="file"
            aria-describedby={`${fileId}-hint`}
            onChange={(e) => void onFile(e.target.files?.[0])}
          />
          <p className="hint" id={`${fileId}-hint`}>
            {t("verify.fileHint")}
          </p>
        </div>
      </form>
      <ProblemMessage error={verify.error} />
      {verify.isPending ? <p role="status">{t("common.loading")}</p> : null}
      {r ? (
        <section
          aria-labelledby="verify-result"
          className={r.issued ? "alert alert-success" : "alert alert-error"}
          role="status"
        >
          <h2 id="verify-result">{r.issued ? t("verify.issued") : t("verify.notIssued")}</h2>
          {fileName ? <p className="break">{t("verify.computedFrom", { file: fileName })}</p> : null}
          <p>
            {t("assess.sha256")} <code className="sha break">{r.sha256}</code>
          </p>
          {r.issued ? (
            <dl className="facts">
              <dt>{t("verify.signature")}</dt>
              <dd>{r.signatureValid ? t("verify.signatureValid") : t("verify.signatureInvalid")}</dd>
              {r.assessmentRef ? (
                <>
                  <dt>{t("verify.assessment")}</dt>
                  <dd className="ref">{r.assessmentRef}</dd>
                </>
              ) : null}
              {r.kind ? (
                <>
                  <dt>{t("verify.kind")}</dt>
                  <dd>{t([`verify.kinds.${r.kind}`, "verify.kinds.other"], { kind: r.kind })}</dd>
                </>
              ) : null}
              {r.issuedAt ? (
                <>
                  <dt>{t("verify.issuedAt")}</dt>
                  <dd>{date(r.issuedAt)}</dd>
                </>
              ) : null}
              {r.node ? (
                <>
                  <dt>{t("verify.node")}</dt>
                  <dd className="break">
                    {r.node.name} (<span className="ref">{r.node.nodeId}</span>)
                  </dd>
                  <dt>{t("verify.fingerprint")}</dt>
                  <dd>
                    <code className="sha break">{r.node.fingerprint}</code>
                  </dd>
                </>
              ) : null}
            </dl>
          ) : (
            <p>{t("verify.notIssuedHint")}</p>
          )}
        </section>
      ) : null}
    </div>
  );
}
