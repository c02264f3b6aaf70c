// Links between the site's pages: Next's Link with the locale in front (./link.tsx). next-intl's
// createNavigation is not imported anywhere: its Link is a client component that would bring
// next-intl's browser side (the message formatter included) to every page, even unused.
export { Link } from "./link";
