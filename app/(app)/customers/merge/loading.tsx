import { FormSkeleton } from "@/components/customers/form-skeleton";

export default function Loading() {
  return <FormSkeleton sections={3} />;
}
