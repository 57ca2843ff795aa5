import { useQuery } from "@tanstack/react-query";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { NavLink } from "react-router";
import { api, call, type Schemas } from "../../app/api.ts";

export type Peer = Schemas["FederationPeer"];
export type SharedRecord = Schemas["FederatedRecord"];
export type Distribution = 0 | 1 | 2 | 3 | 4;
/** How a record is shared (the body of PUT /api/v1/federation/records/{id}/sharing). */
export interface Sharing {
  tlp: SharedRecord["tlp"];
  distribution: Distribution;
  sharingGroupId: string | null;
  residency: SharedRecord["residency"];
}

export const TLPS = ["clear", "green", "amber", "amber+strict", "red"] as const;
export const DISTRIBUTIONS = [0, 1, 2, 3, 4] as const;
/** The member states a record's residency flags can name. */
export const COUNTRIES = ["BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "VN", "TL"] as const;

export const PEERS_KEY = ["federation", "peers"] as const;
export const GROUPS_KEY = ["federation", "groups"] as const;

export const usePeers = () =>
  useQuery({ queryKey: PEERS_KEY, queryFn: () => call(api.GET("/api/v1/federation/peers")) });
export const useGroups = () =>
  useQuery({ queryKey: GROUPS_KEY, queryFn: () => call(api.GET("/api/v1/federation/sharing-groups")) });

/** The federation pages' own navigation. */
export function FederationTabs() {
  const { t } = useTranslation();
  return (
    <nav aria-label={t("federation.tabs")} className="tabs">
      <ul>
        <li>
          <NavLink to="/network" end>
            {t("federation.peersTab")}
          </NavLink>
        </li>
        <li>
          <NavLink to="/network/groups">{t("federation.groupsTab")}</NavLink>
        </li>
        <li>
          <NavLink to="/network/records">{t("federation.recordsTab")}</NavLink>
        </li>
        <li>
          <NavLink to="/network/proposals">{t("federation.proposalsTab")}</NavLink>
        </li>
      </ul>
    </nav>
  );
}

/** A fieldset of checkboxes choosing some of the given values. */
export function CheckList<T extends string>({
  legend,
  options,
  chosen,
  onChange,
  disabled,
}: {
  legend: string;
  options: { value: T; label: string }[];
  chosen: readonly T[];
  onChange: (next: T[]) => void;
  disabled?: boolean;
}) {
  const id = useId();
  return (
    <fieldset>
      <legend>{legend}</legend>
      <div className="choices choices-columns">
        {options.map((o, i) => (
          <div className="check" key={o.value}>
            <input
              id={`${id}-${i}`}
              type="checkbox"
              checked={chosen.includes(o.value)}
              disabled={disabled}
              onChange={(e) =>
                onChange(e.target.checked ? [...chosen, o.value] : chosen.filter((v) => v !== o.value))
              }
            />
            <label htmlFor={`${id}-${i}`}>{o.label}</label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}
