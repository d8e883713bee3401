"use client";

import { Search, X } from "lucide-react";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useId, useRef, useState } from "react";
import type { CustomerSearchHit } from "@/lib/data/customers/search";
import { Badge } from "@/components/ui/badge";
import { useCustomerSearch } from "./use-customer-search";

/** Typing in a field, a select or an editable region: "/" belongs to it, not to the shortcut. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName);
}

/**
 * The header's customer search: a button, "/" or Ctrl/Cmd-K open a dialog; results as you type;
 * arrow keys move, Enter opens the 360° page, Esc closes.
 */
export function GlobalSearch() {
  const t = useTranslations("search");
  const router = useRouter();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState("");
  const [active, setActive] = useState(0);
  const state = useCustomerSearch(query);
  const hits = state.status === "done" || state.status === "loading" ? state.hits : [];
  const listId = useId();
  const optionId = (i: number) => `${listId}-option-${i}`;

  const open = useCallback(() => {
    const dialog = dialogRef.current;
    if (!dialog || dialog.open) return;
    dialog.showModal();
    inputRef.current?.select();
  }, []);
  const close = useCallback(() => dialogRef.current?.close(), []);

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      const modK = (event.ctrlKey || event.metaKey) && event.key.toLowerCase() === "k";
      const slash = event.key === "/" && !event.ctrlKey && !event.metaKey && !event.altKey && !isTyping(event.target);
      if (modK || slash) {
        event.preventDefault();
        open();
      }
    }
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [open]);

  const go = (hit: CustomerSearchHit) => {
    close();
    router.push(`/customers/${hit.id}`);
  };

  function onInputKeyDown(event: React.KeyboardEvent<HTMLInputElement>) {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (hits.length === 0) return;
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive((i) => (i + step + hits.length) % hits.length);
    } else if (event.key === "Enter") {
      event.preventDefault();
      const hit = hits[Math.min(active, hits.length - 1)];
      if (hit) go(hit);
    }
  }

  const selected = Math.min(active, Math.max(0, hits.length - 1));

  return (
    <>
      <button
        type="button"
        onClick={open}
        aria-label={t("open")}
        aria-keyshortcuts="/ Control+K Meta+K"
        className="flex items-center gap-2 rounded-md border border-slate-200 bg-white px-2 py-1.5 text-slate-500 hover:border-slate-300 hover:text-slate-700 sm:w-64 sm:px-2.5"
        data-testid="global-search-open"
      >
        <Search className="size-4 shrink-0" aria-hidden />
        <span className="hidden flex-1 text-left sm:inline">{t("open")}</span>
        <kbd className="hidden rounded border border-slate-200 bg-slate-50 px-1.5 text-[11px] font-sans text-slate-500 sm:inline">
          /
        </kbd>
      </button>
      <dialog
        ref={dialogRef}
        aria-label={t("dialogLabel")}
        onClose={() => setActive(0)}
        onClick={(e) => e.target === dialogRef.current && close()}
        className="m-0 h-dvh max-h-none w-full max-w-none bg-white p-0 shadow-xl backdrop:bg-slate-900/40 sm:mx-auto sm:mt-[12vh] sm:mb-auto sm:h-fit sm:max-h-[70vh] sm:max-w-xl sm:rounded-xl"
      >
        <div className="flex h-full flex-col sm:max-h-[70vh]">
          <div className="flex items-center gap-2 border-b border-slate-200 px-3">
            <Search className="size-4 shrink-0 text-slate-400" aria-hidden />
            <input
              ref={inputRef}
              type="text"
              role="combobox"
              aria-expanded={hits.length > 0}
              aria-controls={listId}
              aria-activedescendant={hits.length > 0 ? optionId(selected) : undefined}
              aria-autocomplete="list"
              aria-label={t("dialogLabel")}
              placeholder={t("placeholder")}
              value={query}
              onChange={(e) => {
                setQuery(e.target.value);
                setActive(0);
              }}
              onKeyDown={onInputKeyDown}
              autoComplete="off"
              spellCheck={false}
              enterKeyHint="search"
              maxLength={50}
              className="min-w-0 flex-1 bg-transparent py-3 text-base outline-none sm:text-sm"
              data-testid="global-search-input"
            />
            <button
              type="button"
              onClick={close}
              className="rounded p-1 text-slate-400 hover:bg-slate-100 hover:text-slate-700"
            >
              <X className="size-4" aria-hidden />
              <span className="sr-only">{t("close")}</span>
            </button>
          </div>
          <div className="min-h-0 flex-1 overflow-y-auto">
            <ul id={listId} role="listbox" aria-label={t("dialogLabel")} className="p-1.5">
              {hits.map((hit, i) => (
                <li key={hit.id} id={optionId(i)} role="option" aria-selected={i === selected}>
                  <Link
                    href={`/customers/${hit.id}`}
                    onClick={close}
                    onMouseMove={() => setActive(i)}
                    tabIndex={-1}
                    className={`block rounded-md px-3 py-2 ${i === selected ? "bg-brand-50" : ""}`}
                  >
                    <HitRow hit={hit} />
                  </Link>
                </li>
              ))}
            </ul>
            <Status state={state} count={hits.length} />
          </div>
          <div className="hidden border-t border-slate-100 px-3 py-1.5 text-xs text-slate-400 sm:block">
            {t("keys")}
          </div>
        </div>
      </dialog>
    </>
  );
}

function HitRow({ hit }: { hit: CustomerSearchHit }) {
  const t = useTranslations();
  return (
    <div className="min-w-0">
      <div className="flex flex-wrap items-center gap-1.5">
        <span className="font-medium text-slate-900">{hit.name}</span>
        <Badge>{t(`enums.CustomerKind.${hit.kind}`)}</Badge>
        {hit.vipTier !== "NONE" && <Badge tone="brand">{t(`enums.VipTier.${hit.vipTier}`)}</Badge>}
        <span className="ml-auto text-xs text-slate-500" data-testid="search-hit-match">
          {t(`search.field.${hit.match.field}`)} · <span className="font-mono">{hit.match.value}</span>
        </span>
      </div>
      <div className="mt-0.5 flex flex-wrap gap-x-3 text-xs text-slate-500">
        <span className="font-mono">{hit.customerNo}</span>
        {hit.mobile && (
          <span className="font-mono" data-testid="search-hit-mobile">
            {hit.mobile}
          </span>
        )}
        {hit.idNumber && (
          <span className="font-mono" data-testid="search-hit-id">
            {hit.idNumber}
          </span>
        )}
        <span>{hit.agentName ? t("search.agent", { name: hit.agentName }) : t("search.noAgent")}</span>
      </div>
    </div>
  );
}

function Status({ state, count }: { state: ReturnType<typeof useCustomerSearch>; count: number }) {
  const t = useTranslations("search");
  const line = (text: string, extra?: string) => (
    <div className="px-4 py-6 text-center text-sm text-slate-500" role="status">
      <p>{text}</p>
      {extra && <p className="mt-1 text-xs text-slate-400">{extra}</p>}
    </div>
  );
  switch (state.status) {
    case "idle":
      return line(t("hint"));
    case "tooShort":
      return line(t("tooShort"));
    case "loading":
      return count === 0 ? (
        line(t("loading"), t(`detected.${state.kind}`))
      ) : (
        <span className="sr-only" role="status">
          {t("loading")}
        </span>
      );
    case "error":
      return line(t("error"));
    case "limited":
      return line(state.message);
    case "done":
      return count === 0 ? (
        line(t("noResults"), t(state.wholeIdentifierOnly ? "wholeIdentifier" : "noResultsHint"))
      ) : (
        <p className="px-4 pb-2 text-xs text-slate-400" role="status">
          {t(`detected.${state.kind}`)} · {t("results", { count })}
        </p>
      );
  }
}
