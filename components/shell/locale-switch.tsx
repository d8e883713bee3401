import { getLocale } from "next-intl/server";
import { LocaleForm } from "./locale-form";

/** The language switch of the header and the login page. */
export async function LocaleSwitch() {
  return <LocaleForm current={await getLocale()} />;
}
