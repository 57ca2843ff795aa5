import { useTranslation } from "react-i18next";

/** Previous/next paging for lists with total/limit/offset. */
export function Pager({
  total,
  limit,
  offset,
  onOffset,
}: {
  total: number;
  limit: number;
  offset: number;
  onOffset: (offset: number) => void;
}) {
  const { t } = useTranslation();
  if (total === 0) return null;
  const from = offset + 1;
  const to = Math.min(offset + limit, total);
  return (
    <nav className="pager" aria-label={t("pager.label")}>
      <p>{t("pager.showing", { from, to, total })}</p>
      <div className="actions">
        <button
          type="button"
          className="button-secondary"
          disabled={offset === 0}
          onClick={() => onOffset(Math.max(0, offset - limit))}
        >
          {t("pager.previous")}
        </button>
        <button
          type="button"
          className="button-secondary"
          disabled={offset + limit >= total}
          onClick={() => onOffset(offset + limit)}
        >
          {t("pager.next")}
        </button>
      </div>
    </nav>
  );
}
