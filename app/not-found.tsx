import { redirect } from "next/navigation";

/** Paths outside a locale (the proxy adds one to pages) fall back to the Kazakh home page. */
export default function RootNotFound() {
  redirect("/kk");
}
