/**
 * A coarse description of the browser from its User-Agent, e.g. "Firefox · Windows": enough for a
 * person to recognise a remembered device or where a key was asked for, nothing that tracks them.
 * Null when the header names no browser we know.
 */
export function describeDevice(userAgent: string | null | undefined): string | null {
  const agent = (userAgent ?? "").slice(0, 512);
  const browser = browsers.find(([, pattern]) => pattern.test(agent))?.[0];
  if (!browser) return null;
  const system = systems.find(([, pattern]) => pattern.test(agent))?.[0];
  return system ? `${browser} · ${system}` : browser;
}

// Order matters: Edge, Opera and Yandex also say "Chrome"; Chrome also says "Safari".
const browsers: Array<[string, RegExp]> = [
  ["Edge", /\bEdg(e|A|iOS)?\//],
  ["Opera", /\b(OPR|Opera)\//],
  ["Yandex", /\bYaBrowser\//],
  ["Firefox", /\b(Firefox|FxiOS)\//],
  ["Chrome", /\b(Chrome|Chromium|CriOS)\//],
  ["Safari", /\bVersion\/[\d.]+.*Safari\//],
];

const systems: Array<[string, RegExp]> = [
  ["Android", /\bAndroid\b/],
  ["iOS", /\b(iPhone|iPad|iPod)\b/],
  ["Windows", /\bWindows\b/],
  ["macOS", /\bMac OS X\b/],
  ["Linux", /\bLinux\b/],
];
