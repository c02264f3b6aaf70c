// Reads one Lighthouse JSON report (stdin) and prints the page's accessibility score, the failed binary
// audits in brackets, and " [redirected to sign-in]" when a page that needs a session (argument "auth")
// ended on the sign-in page. Used by scripts/lighthouse.sh.
let s = "";
process.stdin
  .on("data", (d) => (s += d))
  .on("end", () => {
    const r = JSON.parse(s);
    const c = r.categories.accessibility;
    const bad = Object.values(r.audits)
      .filter((a) => a.score === 0 && a.scoreDisplayMode === "binary")
      .map((a) => a.id);
    console.log(
      Math.round(c.score * 100) +
        (bad.length ? " (" + bad.join(", ") + ")" : "") +
        (r.finalDisplayedUrl.includes("sign-in") && process.argv[2] === "auth"
          ? " [redirected to sign-in]"
          : ""),
    );
  });
