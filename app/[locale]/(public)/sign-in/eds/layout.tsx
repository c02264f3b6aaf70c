// EDS sign-in translates in the browser (its dialog): next-intl there (ClientMessages).
export { default } from "@/components/i18n/client-messages";
