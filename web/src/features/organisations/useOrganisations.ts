import { useQuery } from "@tanstack/react-query";
import { api, call } from "../../app/api.ts";

/** Every organisation visible to me (first 200), for pickers. */
export function useAllOrganisations() {
  return useQuery({
    queryKey: ["organisations", "all"],
    queryFn: () => call(api.GET("/api/v1/organisations", { params: { query: { limit: 200 } } })),
  });
}
