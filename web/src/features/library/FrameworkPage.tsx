import { useMutation } from "@tanstack/react-query";
import { useEffect, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation, useNavigate, useParams, useSearchParams } from "react-router";
import { api, call } from "../../app/api.ts";
import { useMe } from "../../app/session.ts";
import { TextField } from "../../ui/Field.tsx";
import { useFormatDate } from "../../ui/format.ts";
import { ProblemMessage } from "../../ui/Problem.tsx";
import { ShareWithNetwork } from "../federation/ShareWithNetwork.tsx";
import { BindingBadge, ReviewBadge, UnverifiedBadge } from "./Badges.tsx";
import {
  downloadCatalog,
  type Framework,
  labelled,
  type Requirement,
  reqAnchor,
  useFormatDay,
  useFramework,
  useJurisdictionName,
  useLanguageName,
} from "./library.ts";

/** Props shown elsewhere (label, source reference, verification) or not meant as tags. */
const HIDDEN_PROPS = new Set(["label", "source-ref", "verification", "sort-id"]);

interface Node {
  req: Requirement;
  children: Node[];
}

function buildTree(reqs: Requirement[]): Node[] {
  const nodes = new Map(reqs.map((r) => [r.id, { req: r, children: [] as Node[] }]));
  const roots: Node[] = [];
  for (const r of reqs) {
    const n = nodes.get(r.id)!;
    const parent = r.parentId ? nodes.get(r.parentId) : undefined;
    if (parent) parent.children.push(n);
    else roots.push(n);
  }
  return roots;
}

const haystack = (r: Requirement) =>
  [
    r.id,
    r.label,
    r.title,
    r.statement,
    r.guidance,
    r.objective,
    r.sourceRef,
    ...Object.values(r.props).flat(),
  ]
    .filter(Boolean)
    .join(" ")
    .toLowerCase();

/** Ids of the requirements that match the filter, and of their ancestors (kept to show where they sit). */
function matching(reqs: Requirement[], filter: string): { keep: Set<string>; hits: number } | null {
  const words = filter.toLowerCase().split(/\s+/).filter(Boolean);
  if (!words.length) return null;
  let hits = 0;
  const byId = new Map(reqs.map((r) => [r.id, r]));
  const keep = new Set<string>();
  for (const r of reqs) {
    const text = haystack(r);
    if (words.every((w) => text.includes(w))) {
      if (r.kind === "control") hits++;
      for (
        let p: Requirement | undefined = r;
        p && !keep.has(p.id);
        p = p.parentId ? byId.get(p.parentId) : undefined
      )
        keep.add(p.id);
    }
  }
  return { keep, hits };
}

function Tags({ req }: { req: Requirement }) {
  const { t } = useTranslation();
  const lang = useLanguageName();
  const entries = Object.entries(req.props).filter(([k]) => !HIDDEN_PROPS.has(k));
  if (!entries.length) return null;
  return (
    <ul className="tags">
      {entries.flatMap(([k, values]) => {
        const titleLang = /^title-([a-z]{2,3})$/.exec(k)?.[1];
        return values.map((v) => (
          <li key={`${k}=${v}`} className="tag">
            <span className="tag-name">
              {titleLang
                ? t("reader.titleIn", { language: lang(titleLang) })
                : t(`propNames.${k}`, { defaultValue: k })}
              :
            </span>{" "}
            <span lang={titleLang ?? "en"}>{v}</span>
          </li>
        ));
      })}
    </ul>
  );
}

function RequirementBody({ req, framework }: { req: Requirement; framework: Framework }) {
  const { t } = useTranslation();
  const link = `/library/${framework.id}?${new URLSearchParams({
    ...(framework.version !== framework.latestVersion ? { version: framework.version } : {}),
    req: req.id,
  })}`;
  return (
    <>
      {req.verification === "unverified" ? (
        <p className="req-flags">
          <UnverifiedBadge />
        </p>
      ) : null}
      {req.statement ? (
        <p className="statement" lang="en">
          {req.statement}
        </p>
      ) : null}
      {req.guidance ? (
        <div className="req-part">
          <p className="part-label">{t("reader.guidance")}</p>
          <p lang="en">{req.guidance}</p>
        </div>
      ) : null}
      {req.objective ? (
        <div className="req-part">
          <p className="part-label">{t("reader.objective")}</p>
          <p lang="en">{req.objective}</p>
        </div>
      ) : null}
      <Tags req={req} />
      <p className="small muted req-meta">
        {req.sourceRef ? (
          <>
            {t("reader.sourceRef")}: <span lang="en">{req.sourceRef}</span> ·{" "}
          </>
        ) : null}
        <Link to={link}>
          {t("reader.link")}
          <span className="visually-hidden" lang="en">
            : {labelled(req.label, req.title)}
          </span>
        </Link>
      </p>
    </>
  );
}

function TreeNode({
  node,
  framework,
  keep,
  closed,
  setOpen,
  target,
}: {
  node: Node;
  framework: Framework;
  keep: Set<string> | null;
  closed: Set<string>;
  setOpen: (id: string, open: boolean) => void;
  target: string | null;
}) {
  const r = node.req;
  if (keep && !keep.has(r.id)) return null;
  const level = Math.min(3 + r.depth, 6);
  const Heading = `h${level}` as "h3";
  const children = node.children.map((c) => (
    <TreeNode
      key={c.req.id}
      node={c}
      framework={framework}
      keep={keep}
      closed={closed}
      setOpen={setOpen}
      target={target}
    />
  ));
  const cls = `req req-${r.kind}${target === r.id ? " req-target" : ""}`;
  const label = (
    <>
      {r.label ? <span className="req-label">{r.label}</span> : null} <span lang="en">{r.title}</span>
    </>
  );
  if (node.children.length) {
    // Filtering shows everything that matches.
    const open = keep ? true : !closed.has(r.id);
    const childrenId = `${reqAnchor(r.id)}-children`;
    return (
      <section id={reqAnchor(r.id)} className={`${cls} req-parent`} tabIndex={-1}>
        <Heading className="req-title">
          <button
            type="button"
            className="disclosure"
            aria-expanded={open}
            aria-controls={childrenId}
            disabled={!!keep}
            onClick={() => setOpen(r.id, !open)}
          >
            {label}
          </button>
        </Heading>
        {r.kind === "control" ? <RequirementBody req={r} framework={framework} /> : null}
        <div className="req-children" id={childrenId} hidden={!open}>
          {children}
        </div>
      </section>
    );
  }
  return (
    <section id={reqAnchor(r.id)} className={cls} tabIndex={-1}>
      <Heading className="req-title">{label}</Heading>
      <RequirementBody req={r} framework={framework} />
    </section>
  );
}

function Metadata({ f }: { f: Framework }) {
  const { t } = useTranslation();
  const day = useFormatDay();
  const jname = useJurisdictionName();
  const lang = useLanguageName();
  return (
    <section className="card" aria-labelledby="about-heading">
      <h2 id="about-heading">{t("reader.about")}</h2>
      <dl className="facts">
        <div>
          <dt>{t("reader.issuer")}</dt>
          <dd lang="en">{f.issuer ?? t("reader.unknown")}</dd>
        </div>
        <div>
          <dt>{t("fields.jurisdiction")}</dt>
          <dd>{jname(f.jurisdiction)}</dd>
        </div>
        <div>
          <dt>{t("library.instrumentType")}</dt>
          <dd>{t(`instrumentTypes.${f.instrumentType}`)}</dd>
        </div>
        <div>
          <dt>{t("library.bindingStatus")}</dt>
          <dd>
            <BindingBadge status={f.bindingStatus} />
          </dd>
        </div>
        <div>
          <dt>{t("reader.adopted")}</dt>
          <dd>{f.adoptedDate ? day(f.adoptedDate) : t("reader.unknown")}</dd>
        </div>
        <div>
          <dt>{t("reader.inForce")}</dt>
          <dd>{f.inForceDate ? day(f.inForceDate) : t("reader.unknown")}</dd>
        </div>
        <div>
          <dt>{t("reader.languages")}</dt>
          <dd>{f.languages.map(lang).join(", ") || t("reader.unknown")}</dd>
        </div>
        <div>
          <dt>{t("reader.licence")}</dt>
          <dd lang="en">{f.textLicence ?? t("reader.unknown")}</dd>
        </div>
        <div>
          <dt>{t("reader.reviewStatus")}</dt>
          <dd>
            <ReviewBadge status={f.reviewStatus} />
          </dd>
        </div>
        <div>
          <dt>{t("reader.reviewer")}</dt>
          <dd lang="en">{f.reviewer ?? t("reader.unknown")}</dd>
        </div>
        {f.regionalInstrument && f.regionalInstrument !== f.id ? (
          <div>
            <dt>{t("reader.regionalInstrument")}</dt>
            <dd>
              <Link to={`/library/${f.regionalInstrument}`}>{f.regionalInstrument}</Link>
            </dd>
          </div>
        ) : null}
      </dl>
      {f.remarks ? (
        <>
          <h3>{t("reader.remarks")}</h3>
          <p lang="en">{f.remarks}</p>
        </>
      ) : null}
      {f.sources.length ? (
        <>
          <h3>{t("reader.sources")}</h3>
          <ul className="sources">
            {f.sources.map((s) => (
              <li key={`${s.title}|${s.url}`}>
                {s.url ? (
                  <a href={s.url} rel="noopener noreferrer" target="_blank" lang="en" className="break">
                    {s.title}
                    <span className="visually-hidden"> {t("reader.opensNewTab")}</span>
                  </a>
                ) : (
                  <span lang="en">{s.title}</span>
                )}
                {s.dateRead ? (
                  <span className="small muted"> — {t("reader.dateRead", { date: day(s.dateRead) })}</span>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

export function FrameworkPage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const [params] = useSearchParams();
  const location = useLocation();
  const navigate = useNavigate();
  const version = params.get("version") ?? undefined;
  const framework = useFramework(id, version);
  const fmt = useFormatDate();
  const f = framework.data;
  const [filter, setFilter] = useState("");
  const [closed, setClosed] = useState<Set<string>>(new Set());
  const tree = useMemo(() => buildTree(f?.requirements ?? []), [f]);
  const match = useMemo(() => matching(f?.requirements ?? [], filter), [f, filter]);
  const keep = match?.keep ?? null;
  const controls = f?.requirements.filter((r) => r.kind === "control").length ?? 0;
  const shown = match?.hits ?? controls;
  const download = useMutation({ mutationFn: () => downloadCatalog(id, f?.version ?? "") });
  const me = useMe();

  // Deep link: ?req=<id> or #req-<id> (or #<id>) scrolls to the requirement and highlights it.
  const hash = decodeURIComponent(location.hash.slice(1));
  const target = params.get("req") ?? (hash ? hash.replace(/^req-/, "") : null);
  const found = !!f && !!target && f.requirements.some((r) => r.id === target);
  useEffect(() => {
    if (!f || !target || !found) return;
    const byId = new Map(f.requirements.map((r) => [r.id, r]));
    setFilter("");
    setClosed((c) => {
      const next = new Set(c);
      for (let p = byId.get(target); p; p = p.parentId ? byId.get(p.parentId) : undefined) next.delete(p.id);
      return next;
    });
    // After the shell has moved focus to the page on navigation.
    const timer = setTimeout(() => {
      const el = document.getElementById(reqAnchor(target));
      el?.scrollIntoView({ block: "start" });
      el?.focus({ preventScroll: true });
    }, 50);
    return () => clearTimeout(timer);
  }, [f, target, found]);

  const setOpen = (rid: string, open: boolean) =>
    setClosed((c) => {
      const next = new Set(c);
      if (open) next.delete(rid);
      else next.add(rid);
      return next;
    });
  const collapsible = f?.requirements.filter((r) => f.requirements.some((c) => c.parentId === r.id)) ?? [];

  if (framework.isPending)
    return (
      <div className="page">
        <p role="status">{t("common.loading")}</p>
      </div>
    );
  if (!f)
    return (
      <div className="page">
        <h1>{t("reader.notFound")}</h1>
        <ProblemMessage error={framework.error} />
        <Link to="/library">{t("library.back")}</Link>
      </div>
    );

  const versions = [...f.versions].sort((a, b) => b.seq - a.seq);
  const current = versions.find((v) => v.version === f.version);
  const previous = current ? versions.find((v) => v.seq < current.seq) : undefined;

  return (
    <div className="page">
      <p className="breadcrumb">
        <Link to="/library">{t("library.back")}</Link>
      </p>
      <h1 lang="en">{f.title}</h1>
      <div className="badges">
        <BindingBadge status={f.bindingStatus} />
        <span className="status type">{t(`instrumentTypes.${f.instrumentType}`)}</span>
        <ReviewBadge status={f.reviewStatus} />
      </div>
      {f.reviewStatus !== "reviewed" ? (
        <p className="alert alert-warning">{t(`reader.reviewWarning.${f.reviewStatus}`)}</p>
      ) : null}

      <div className="toolbar card">
        <div className="field version-field">
          <label htmlFor="version-picker">{t("reader.version")}</label>
          <select
            id="version-picker"
            value={f.version}
            onChange={(e) => {
              const v = e.target.value;
              navigate(`/library/${f.id}${v === f.latestVersion ? "" : `?version=${encodeURIComponent(v)}`}`);
            }}
          >
            {versions.map((v) => (
              <option key={v.version} value={v.version}>
                {v.version === f.latestVersion
                  ? t("reader.versionLatest", { version: v.version, date: fmt(v.importedAt) })
                  : t("reader.versionOption", { version: v.version, date: fmt(v.importedAt) })}
              </option>
            ))}
          </select>
        </div>
        <div className="actions">
          {previous ? (
            <Link
              className="button button-secondary"
              to={`/library/${f.id}/diff?from=${encodeURIComponent(previous.version)}&to=${encodeURIComponent(f.version)}`}
            >
              {t("reader.whatChanged", { version: previous.version })}
            </Link>
          ) : null}
          <button
            type="button"
            className="button-secondary"
            onClick={() => download.mutate()}
            disabled={download.isPending}
          >
            {t("reader.downloadOscal")}
          </button>
          <Link className="button button-secondary" to={`/library/compare?from=${encodeURIComponent(f.id)}`}>
            {t("reader.compareWith")}
          </Link>
        </div>
        <ProblemMessage error={download.error} />
      </div>

      <Metadata f={f} />

      {me.data?.nodeRole === "node-admin" && f.version === f.latestVersion ? (
        <ShareWithNetwork
          queryKey={["framework-share", f.id]}
          title={t("share.frameworkTitle")}
          intro={t("share.frameworkIntro")}
          load={() => call(api.GET("/api/v1/frameworks/{id}/share", { params: { path: { id: f.id } } }))}
          preview={(body) =>
            call(api.POST("/api/v1/frameworks/{id}/share/preview", { params: { path: { id: f.id } }, body }))
          }
          share={async (body) => {
            await call(api.POST("/api/v1/frameworks/{id}/share", { params: { path: { id: f.id } }, body }));
            return call(api.GET("/api/v1/frameworks/{id}/share", { params: { path: { id: f.id } } }));
          }}
          unshare={async () => {
            await call(api.DELETE("/api/v1/frameworks/{id}/share", { params: { path: { id: f.id } } }));
            return call(api.GET("/api/v1/frameworks/{id}/share", { params: { path: { id: f.id } } }));
          }}
        />
      ) : null}

      <section aria-labelledby="reqs-heading">
        <h2 id="reqs-heading">{t("reader.requirements", { count: controls })}</h2>
        {target && !found ? (
          <p className="alert alert-error">{t("reader.reqNotFound", { id: target })}</p>
        ) : null}
        {f.requirements.length ? (
          <>
            <search>
              <div className="inline-form req-filter">
                <TextField
                  label={t("reader.filterLabel")}
                  hint={t("reader.filterHint")}
                  type="search"
                  value={filter}
                  onChange={(e) => setFilter(e.target.value)}
                />
                {collapsible.length ? (
                  <div className="actions">
                    <button
                      type="button"
                      className="button-secondary"
                      disabled={!!keep}
                      onClick={() => setClosed(new Set())}
                    >
                      {t("reader.expandAll")}
                    </button>
                    <button
                      type="button"
                      className="button-secondary"
                      disabled={!!keep}
                      onClick={() => setClosed(new Set(collapsible.map((r) => r.id)))}
                    >
                      {t("reader.collapseAll")}
                    </button>
                  </div>
                ) : null}
              </div>
            </search>
            <p className="muted small" aria-live="polite">
              {keep ? t("reader.filterCount", { shown, total: controls }) : ""}
            </p>
            <div className="req-tree">
              {tree.map((n) => (
                <TreeNode
                  key={n.req.id}
                  node={n}
                  framework={f}
                  keep={keep}
                  closed={closed}
                  setOpen={setOpen}
                  target={found ? target : null}
                />
              ))}
            </div>
          </>
        ) : (
          <p>{t("reader.noRequirements")}</p>
        )}
      </section>
    </div>
  );
}
