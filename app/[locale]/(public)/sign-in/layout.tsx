// The forms and signing of these pages translate in the browser: next-intl there (ClientMessages).
export { default } from "@/components/i18n/client-messages";
