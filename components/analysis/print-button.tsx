"use client";
import { useEffect, useRef } from "react";
import { buttonClass } from "@/components/ui/button";
import { recordAnalysisPrintAction } from "@/lib/actions/analysis";

/**
 * Prints the page. Printing is what gets audited (complaintAnalysis.export, format "print"): the
 * button records it before opening the print dialog, and the browser's own print (Ctrl-P) records it
 * through `beforeprint`.
 */
export function PrintButton({ label, month, org }: { label: string; month: string; org?: string }) {
  const recording = useRef<Promise<unknown> | null>(null);

  useEffect(() => {
    const record = () => {
      // The button already recorded this print.
      if (recording.current) return;
      void recordAnalysisPrintAction(null, { month, org });
    };
    window.addEventListener("beforeprint", record);
    return () => window.removeEventListener("beforeprint", record);
  }, [month, org]);

  async function print() {
    recording.current = recordAnalysisPrintAction(null, { month, org });
    try {
      await recording.current;
    } finally {
      window.print();
      recording.current = null;
    }
  }

  return (
    <button
      type="button"
      onClick={() => void print()}
      className={`${buttonClass("primary")} print:hidden`}
      data-testid="print-button"
    >
      {label}
    </button>
  );
}
