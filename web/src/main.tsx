import "@fontsource/noto-sans/latin-400.css";
import "@fontsource/noto-sans/latin-700.css";
import "@fontsource/noto-sans/latin-ext-400.css";
import "@fontsource/noto-sans/latin-ext-700.css";
import "@fontsource/noto-sans/vietnamese-400.css";
import "@fontsource/noto-sans/vietnamese-700.css";
import "@fontsource/noto-sans-thai/thai-400.css";
import "@fontsource/noto-sans-thai/thai-700.css";
import "@fontsource/noto-sans-khmer/khmer-400.css";
import "@fontsource/noto-sans-khmer/khmer-700.css";
import "@fontsource/noto-sans-lao/lao-400.css";
import "@fontsource/noto-sans-lao/lao-700.css";
import "@fontsource/noto-sans-myanmar/myanmar-400.css";
import "@fontsource/noto-sans-myanmar/myanmar-700.css";
import "./styles.css";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { RouterProvider } from "react-router";
import { ApiError } from "./app/api.ts";
import { initI18n } from "./app/i18n.ts";
import { router } from "./app/router.tsx";

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // Do not retry what will fail again (4xx); retry network trouble once.
      retry: (count, error) => count < 1 && !(error instanceof ApiError && error.status >= 400),
      refetchOnWindowFocus: false,
    },
  },
});

await initI18n();

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  </StrictMode>,
);
