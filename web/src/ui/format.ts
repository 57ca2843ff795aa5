import { useTranslation } from "react-i18next";

/** Dates and times in the reader's language. */
export function useFormatDate() {
  const { i18n } = useTranslation();
  const fmt = new Intl.DateTimeFormat(i18n.language, { dateStyle: "medium", timeStyle: "short" });
  return (iso: string | null | undefined) => (iso ? fmt.format(new Date(iso)) : "");
}
