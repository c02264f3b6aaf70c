export const LOW_VISION_COOKIE = "low_vision";
export const LOW_VISION_MAX_AGE = 60 * 60 * 24 * 365;
/** The visually impaired mode's text size (three steps) and colour scheme, each a cookie. */
export const TEXT_SIZE_COOKIE = "low_vision_size";
export const SCHEME_COOKIE = "low_vision_scheme";

export const textSizes = ["1", "2", "3"] as const;
export type TextSize = (typeof textSizes)[number];
/** Black on white, white on black, dark blue on light blue. */
export const colourSchemes = ["bw", "wb", "blue"] as const;
export type ColourScheme = (typeof colourSchemes)[number];

export type LowVisionSettings = { size: TextSize; scheme: ColourScheme };

export function isLowVision(value: string | undefined): boolean {
  return value === "1";
}

export function textSizeOf(value: unknown): TextSize {
  return (textSizes as readonly unknown[]).includes(value) ? (value as TextSize) : "1";
}

export function colourSchemeOf(value: unknown): ColourScheme {
  return (colourSchemes as readonly unknown[]).includes(value) ? (value as ColourScheme) : "bw";
}
