import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { api, call, type Schemas } from "../../app/api.ts";
import { useNodeInfo } from "../../app/reference.ts";
import { mayManageFederation, useMe } from "../../app/session.ts";
import { TextField } from "../../ui/Field.tsx";
import { useFormatDate } from "../../ui/format.ts";
import { fieldError, ProblemMessage } from "../../ui/Problem.tsx";
import { CheckList, FederationTabs, GROUPS_KEY, type Peer, useGroups, usePeers } from "./federation.tsx";

type Group = Schemas["SharingGroup"];

/** Creates a group, or edits one this node created. */
function GroupForm({ group, peers, onDone }: { group?: Group; peers: Peer[]; onDone: () => void }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [name, setName] = useState(group?.name ?? "");
  const [nodes, setNodes] = useState<string[]>(group?.nodes ?? []);
  const [orgs, setOrgs] = useState<string[]>(group?.organisations ?? []);
  const candidates = peers.filter((p) => p.status !== "revoked");
  // Organisations the chosen member nodes announced (only they can be named).
  const orgOptions = candidates
    .filter((p) => nodes.includes(p.nodeId))
    .flatMap((p) => p.organisations.map((o) => ({ value: o.id, label: `${o.name} (${p.jurisdiction})` })));
  const save = useMutation({
    mutationFn: () => {
      const body = {
        name: name.trim(),
        nodes,
        organisations: orgs.filter((o) => orgOptions.some((x) => x.value === o)),
      };
      return call(
        group
          ? api.PUT("/api/v1/federation/sharing-groups/{id}", { params: { path: { id: group.id } }, body })
          : api.POST("/api/v1/federation/sharing-groups", { body }),
      );
    },
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: GROUPS_KEY });
      onDone();
    },
  });
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  const headingId = group ? `edit-group-${group.id}` : "new-group-heading";
  return (
    <form onSubmit={onSubmit} className="form card" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {group ? t("federation.editGroup", { name: group.name }) : t("federation.newGroup")}
      </h2>
      <TextField
        label={t("federation.groupName")}
        required
        value={name}
        onChange={(e) => setName(e.target.value)}
        error={fieldError(save.error, "name")}
      />
      {candidates.length === 0 ? <p className="muted">{t("federation.noPeers")}</p> : null}
      <CheckList
        legend={t("federation.memberNodes")}
        options={candidates.map((p) => ({ value: p.nodeId, label: `${p.name} (${p.jurisdiction})` }))}
        chosen={nodes}
        onChange={setNodes}
      />
      <p className="hint">{t("federation.memberNodesHint")}</p>
      {orgOptions.length > 0 ? (
        <>
          <CheckList
            legend={t("federation.groupOrganisations")}
            options={orgOptions}
            chosen={orgs}
            onChange={setOrgs}
          />
          <p className="hint">{t("federation.groupOrganisationsHint")}</p>
        </>
      ) : null}
      <div className="actions">
        <button type="submit" disabled={save.isPending}>
          {t("common.save")}
        </button>
        <button type="button" className="button-secondary" onClick={onDone}>
          {t("common.cancel")}
        </button>
      </div>
      <ProblemMessage error={save.error} />
    </form>
  );
}

export function SharingGroupsPage() {
  const { t } = useTranslation();
  const fmt = useFormatDate();
  const me = useMe();
  const manage = mayManageFederation(me.data);
  const groups = useGroups();
  const peers = usePeers();
  const [editing, setEditing] = useState<string | "new" | null>(null);
  const self = useNodeInfo().data;
  const nodeName = (id: string) => {
    if (id === self?.nodeId) return t("federation.thisNode", { name: self.name });
    const p = peers.data?.find((x) => x.nodeId === id);
    return p ? `${p.name} (${p.jurisdiction})` : id;
  };
  const orgName = (id: string) =>
    peers.data?.flatMap((p) => p.organisations).find((o) => o.id === id)?.name ?? id.slice(0, 8);
  return (
    <div className="page">
      <h1>{t("federation.groupsTitle")}</h1>
      <p className="lead">{t("federation.groupsIntro")}</p>
      <FederationTabs />
      {manage && editing === null ? (
        <div className="actions page-actions">
          <button type="button" onClick={() => setEditing("new")}>
            {t("federation.newGroup")}
          </button>
        </div>
      ) : null}
      {editing === "new" && peers.data ? (
        <GroupForm peers={peers.data} onDone={() => setEditing(null)} />
      ) : null}
      <ProblemMessage error={groups.error ?? peers.error} />
      {groups.data?.length === 0 ? <p>{t("federation.noGroups")}</p> : null}
      {groups.data && groups.data.length > 0 ? (
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">{t("federation.groupsTitle")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("federation.groupName")}</th>
                <th scope="col">{t("federation.memberNodes")}</th>
                <th scope="col">{t("federation.groupOrganisations")}</th>
                <th scope="col">{t("federation.version")}</th>
                {manage ? <th scope="col">{t("common.actions")}</th> : null}
              </tr>
            </thead>
            <tbody>
              {groups.data.map((g) => (
                <tr key={g.id}>
                  <td className="break">
                    {g.name}
                    <span className="muted small">
                      {" "}
                      {g.editable ? t("federation.ours") : t("federation.theirs")}
                    </span>
                  </td>
                  <td className="break">{g.nodes.map(nodeName).join(", ")}</td>
                  <td className="break">
                    {g.organisations.length
                      ? g.organisations.map(orgName).join(", ")
                      : t("federation.allOrgs")}
                  </td>
                  <td>
                    {g.version} <span className="muted small">{fmt(g.updatedAt)}</span>
                  </td>
                  {manage ? (
                    <td>
                      {g.editable ? (
                        <button
                          type="button"
                          className="button-secondary"
                          aria-label={t("federation.editGroup", { name: g.name })}
                          onClick={() => setEditing(g.id)}
                        >
                          {t("federation.edit")}
                        </button>
                      ) : null}
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {groups.data && peers.data && editing && editing !== "new"
        ? groups.data
            .filter((g) => g.id === editing)
            .map((g) => <GroupForm key={g.id} group={g} peers={peers.data} onDone={() => setEditing(null)} />)
        : null}
    </div>
  );
}
