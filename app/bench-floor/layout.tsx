/**
 * The benchmarks' bare dynamic page (`npm run bench`, BENCH_FLOOR=1): its own document, no shell, no
 * proxy (proxy.ts leaves /bench-floor out), so it measures the framework alone.
 */
export default function BenchFloorLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
