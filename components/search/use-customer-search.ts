"use client";

import { useEffect, useState } from "react";
import { classifySearchInput, type SearchKind } from "@/lib/domain/customer-search";
import type { CustomerSearchHit } from "@/lib/data/customers/search";

export type SearchState =
  | { status: "idle" }
  | { status: "tooShort" }
  | { status: "loading"; kind: SearchKind; hits: CustomerSearchHit[] }
  | { status: "done"; kind: SearchKind; hits: CustomerSearchHit[]; wholeIdentifierOnly?: boolean }
  | { status: "error"; kind: SearchKind }
  /** Too many searches: the server's "slow down" message, with the wait in it. */
  | { status: "limited"; kind: SearchKind; message: string };

const DEBOUNCE_MS = 200;

/** Debounced search as the user types; a newer query cancels the request of an older one. */
export function useCustomerSearch(query: string): SearchState {
  const [state, setState] = useState<SearchState>({ status: "idle" });
  const text = query.trim();
  const plan = text ? classifySearchInput(text) : null;
  const kind = plan && plan.kind !== "tooShort" ? plan.kind : null;

  useEffect(() => {
    if (!kind) return;
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      setState((s) => ({ status: "loading", kind, hits: s.status === "done" || s.status === "loading" ? s.hits : [] }));
      try {
        const response = await fetch(`/api/customers/search?q=${encodeURIComponent(text)}`, {
          signal: controller.signal,
          headers: { Accept: "application/json" },
        });
        if (response.status === 429) {
          const body = (await response.json()) as { error: string };
          setState({ status: "limited", kind, message: body.error });
          return;
        }
        if (!response.ok) throw new Error(`search failed: ${response.status}`);
        const body = (await response.json()) as { hits: CustomerSearchHit[]; wholeIdentifierOnly?: boolean };
        setState({ status: "done", kind, hits: body.hits, wholeIdentifierOnly: body.wholeIdentifierOnly });
      } catch (error) {
        if (!controller.signal.aborted) {
          console.error(error);
          setState({ status: "error", kind });
        }
      }
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [text, kind]);

  if (!text) return { status: "idle" };
  if (!kind) return { status: "tooShort" };
  return state;
}
