import { buttonClass } from "./button";

/**
 * A button that downloads an audited export: a form POST to the export route (the browser saves the
 * attachment and stays on the page). Exports write an audit row, so they are never plain links: a GET
 * could be triggered by another site in the user's name.
 */
export function DownloadButton({
  action,
  variant = "secondary",
  testId,
  children,
}: {
  action: string;
  variant?: "primary" | "secondary";
  testId?: string;
  children: React.ReactNode;
}) {
  return (
    <form method="post" action={action} className="contents">
      <button type="submit" className={buttonClass(variant)} data-testid={testId}>
        {children}
      </button>
    </form>
  );
}
