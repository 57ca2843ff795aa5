export const TEMPLATE_DB = "aisafe_test_template";

/** The maintenance database on the same server, to create and drop test databases. */
export const adminUrl = (url: string) => {
  const u = new URL(url);
  u.pathname = "/postgres";
  return u.toString();
};

export const withDb = (url: string, db: string) => {
  const u = new URL(url);
  u.pathname = `/${db}`;
  return u.toString();
};
