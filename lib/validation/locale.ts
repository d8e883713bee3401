// The language switch: one of the UI's locales.
import { z } from "zod";
import { LOCALES } from "@/i18n/locales";

export const localeInput = z.object({ locale: z.enum(LOCALES) });
