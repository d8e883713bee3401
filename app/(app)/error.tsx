"use client";

import { useEffect } from "react";
import { ErrorPanel } from "@/components/shell/error-panel";

export default function AppError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => console.error(error), [error]);
  return <ErrorPanel digest={error.digest} reset={reset} />;
}
